// `tsx tools/scripts/seed-impact-cli.ts <impact URL>`, with a territory manager's token in
// SEED_TOKEN: impact's demo promotion alone (its pairs from events, surveys and outcomes), for specs
// that need the indicators filled without the whole demo seed. Prints what it did.
import { seedImpact } from './seed-impact';

const [impactUrl] = process.argv.slice(2);
const token = process.env.SEED_TOKEN;
if (!impactUrl || !token) {
  console.error('usage: SEED_TOKEN=<token> tsx tools/scripts/seed-impact-cli.ts <impact URL>');
  process.exit(2);
}
seedImpact(impactUrl, token).then(
  (line) => console.log(line),
  (e: Error) => {
    console.error(`impact not seeded: ${e.message}`);
    process.exit(1);
  },
);
