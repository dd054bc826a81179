// `nx run console:bench`: the console's initial bundle (what index.html loads, compressed), the
// lazy screens' chunks, and the
// time headless Chromium takes to render the candidate list with 1,000 rows (median of 5 loads).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/browser';
import { WORKSPACE } from '../e2e/platform';

const vite = path.join(WORKSPACE, 'node_modules/.bin/vite');
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function build(args: string[]): string {
  const out = mkdtempSync(path.join(tmpdir(), 'console-bench-'));
  execFileSync(vite, ['build', ...args, '--logLevel', 'error', '--outDir', out, '--emptyOutDir'], { cwd: WORKSPACE, stdio: 'inherit' });
  return out;
}

/** The files index.html loads before the console can draw: its scripts, module preloads and styles. */
function initialFiles(dir: string, html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => path.join(dir, m[1]));
}

async function main() {
  const t0 = Date.now();
  const dist = build(['--config', 'apps/console/vite.config.mts']);
  const buildMs = Date.now() - t0;
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of initialFiles(dist, html)) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  console.log(`console build: ${buildMs} ms`);
  console.log(`initial bundle: ${kB(raw)} raw, ${kB(gzip)} gzip, ${kB(brotli)} brotli (${initialFiles(dist, html).length} files)`);
  // The screens loaded on first use (React.lazy): what a route costs the first time it opens.
  const initial = new Set(initialFiles(dist, html));
  const lazy = readdirSync(path.join(dist, 'assets'))
    .map((f) => path.join(dist, 'assets', f))
    .filter((f) => f.endsWith('.js') && !initial.has(f))
    .map((f) => ({ name: path.basename(f).replace(/-[\w-]{8}\.js$/, ''), gzip: gzipSync(readFileSync(f), { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
  console.log(
    `lazy chunks: ${lazy.length}, ${kB(lazy.reduce((n, c) => n + c.gzip, 0))} gzip in all; largest ${lazy
      .slice(0, 4)
      .map((c) => `${c.name} ${kB(c.gzip)}`)
      .join(', ')}`,
  );

  const benchDir = build(['--config', 'apps/console/vite.config.mts', '--base', '/', path.join(WORKSPACE, 'apps/console/bench')]);
  const server = createServer((req, res) => {
    const file = path.join(benchDir, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]);
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const context = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => (window as unknown as { renderMs?: number }).renderMs !== undefined, undefined, { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { renderMs: number }).renderMs));
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  console.log(
    `render 1,000 candidates: median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}; from script start to 1,000 rows in the DOM)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
