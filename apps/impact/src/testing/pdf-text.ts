import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SCRIPT = `
import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
const parser = new PDFParse({ data: new Uint8Array(await readFile(process.argv[1])) });
process.stdout.write((await parser.getText()).text);
await parser.destroy();
`;

/**
 * The text of a PDF, extracted by pdf-parse (pdf.js) in a child Node process: pdf.js loads its
 * worker with a dynamic import, which Jest's CommonJS sandbox cannot run.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'impact-pdf-text-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SCRIPT, file], {
      cwd: process.cwd(),
      maxBuffer: 10 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
