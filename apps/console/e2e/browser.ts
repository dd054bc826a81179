import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WORKSPACE } from './platform';

/** Debian's Chromium, headless, with the flags the environment documents (never a downloaded browser). */
export async function launchBrowser(viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'console-chromium-')), {
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
    viewport,
    locale: 'fr-FR',
  });
}

/** The console built by Vite into a fresh directory (the same build `npm start` serves). */
export function buildConsole(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'console-build-'));
  execFileSync(
    path.join(WORKSPACE, 'node_modules/.bin/vite'),
    ['build', '--config', 'apps/console/vite.config.mts', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    { cwd: WORKSPACE, stdio: 'inherit' },
  );
  return outDir;
}

const AXE = readFileSync(path.join(WORKSPACE, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core on the page as it settles (WCAG 2.x A/AA rules); the serious and critical violations.
 * The script is evaluated through the DevTools protocol, so the console's CSP (no inline script)
 * stays on. Running CSS transitions and animations are first taken to their end, and new ones are
 * held off during the run (a constructed style sheet, which no CSP governs, removed after it): a
 * status chip whose colour has just changed fades for 300 ms with its new white text on a still-light
 * background, and axe would judge that frame (axe-settled.integration-spec.ts).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const still = new CSSStyleSheet();
    still.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        animation.cancel(); // an endless one (a spinner) has no end to go to
      }
    }
    try {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      return result.violations;
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== still);
    }
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export const SCREENSHOTS = path.join(WORKSPACE, 'docs/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The top of the page: a form just sent leaves the page scrolled to it.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
