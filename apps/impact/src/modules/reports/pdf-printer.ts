import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's package (the only browser on the machines; never downloaded). */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * HTML to PDF with the system's headless Chromium (Debian's package; never a downloaded browser),
 * in a fresh profile that is removed afterwards. The page loads nothing from the network: the
 * report's charts are inline SVG.
 */
export async function printPdf(html: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'impact-pdf-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await context.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith('data:') ? r.continue() : r.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
