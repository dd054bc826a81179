// The refugees' application page on an emulated slow phone: its bytes (HTML, CSS, JS, as sent,
// compressed) and its load time in headless Chromium with the DevTools protocol's throttling
// (Network.emulateNetworkConditions 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT;
// Emulation.setCPUThrottlingRate 4), cold cache, median of the runs.
// Goals (issue 18): a usable form in under 2.5 s, under 50 kB of compressed JavaScript.
//
//   npx tsx apps/gateway/bench/apply-page.bench.ts [--runs 5] [--lang ar]
//
// The gateway runs as its own process (as `npm start` runs it) on the shared infrastructure.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startService, uniqueId } from '@binome/testing';

const GOAL_USABLE_MS = 2500;
const GOAL_JS_BYTES = 50_000;

function option(name: string, fallback: string): string {
  const joined = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (joined) return joined.slice(name.length + 3);
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** The bytes on the wire for one URL and one Accept-Encoding (Node's fetch would decompress them). */
function wireBytes(url: string, encoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
      })
      .on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function main() {
  const runs = Number(option('runs', '5'));
  const lang = option('lang', 'ar');
  const run = uniqueId('bench');
  const gateway = await startService('gateway', {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MONGO_DB: `bench_gateway_${run}`,
    KAFKA_GROUP_PREFIX: `${run}-`,
  });
  const base = `http://127.0.0.1:${gateway.httpPort}`;
  const profile = mkdtempSync(join(tmpdir(), 'binome-apply-bench-'));
  try {
    const page = `${base}/apply/${lang}`;
    const html = await (await fetch(page)).text();
    const css = base + (html.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1] ?? '');
    const js = base + (html.match(/<script src="([^"]+)"/)?.[1] ?? '');
    console.log(`Application page /apply/${lang}: bytes on the wire`);
    console.log('             identity      gzip        br');
    let jsCompressed = 0;
    for (const [name, url] of [
      ['HTML', page],
      ['CSS', css],
      ['JS', js],
    ] as const) {
      const [plain, gzip, br] = await Promise.all([wireBytes(url, 'identity'), wireBytes(url, 'gzip'), wireBytes(url, 'br')]);
      if (name === 'JS') jsCompressed = gzip.bytes;
      console.log(`  ${name.padEnd(6)} ${kB(plain.bytes).padStart(12)} ${kB(gzip.bytes).padStart(9)} ${kB(br.bytes).padStart(9)}`);
    }

    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const timings: { ttfb: number; fcp: number; usable: number; load: number }[] = [];
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      // Cold cache every run: the phone of someone opening the link for the first time.
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 1_600_000 / 8,
        uploadThroughput: 750_000 / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      for (let i = 0; i < runs; i++) {
        await tab.goto('about:blank');
        await tab.goto(page, { waitUntil: 'load' });
        // Usable: the form is parsed and the deferred script has enhanced it (DOMContentLoaded ends
        // after deferred scripts ran); without JavaScript it is usable from the first paint.
        const t = (await tab.evaluate(`(() => {
          const n = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return { ttfb: n.responseStart, fcp: fcp ? fcp.startTime : NaN, usable: n.domContentLoadedEventEnd, load: n.loadEventEnd };
        })()`)) as { ttfb: number; fcp: number; usable: number; load: number };
        const enhanced = await tab.evaluate(`document.getElementById('apply').hasAttribute('novalidate')`);
        if (!enhanced) throw new Error('the script did not enhance the form');
        timings.push(t);
      }
    } finally {
      await context.close();
    }
    const m = (k: keyof (typeof timings)[number]) => median(timings.map((t) => t[k]));
    console.log(`\nLoad on an emulated slow phone (1.6 Mbit/s, 150 ms RTT, 4x CPU), cold cache, median of ${runs}:`);
    console.log(`  first byte            ${m('ttfb').toFixed(0).padStart(6)} ms`);
    console.log(`  first contentful paint${m('fcp').toFixed(0).padStart(6)} ms`);
    console.log(`  usable form (DCL)     ${m('usable').toFixed(0).padStart(6)} ms   goal < ${GOAL_USABLE_MS} ms`);
    console.log(`  load event            ${m('load').toFixed(0).padStart(6)} ms`);
    console.log(`  compressed JS         ${kB(jsCompressed).padStart(9)}   goal < ${kB(GOAL_JS_BYTES)}`);
    const met = m('usable') < GOAL_USABLE_MS && jsCompressed < GOAL_JS_BYTES;
    console.log(met ? '\nGoals met.' : '\nGoals MISSED.');
    process.exitCode = met ? 0 : 1;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await gateway.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
