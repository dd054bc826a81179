import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, seriousViolations } from './browser';

/**
 * The accessibility check judges the page as it settles, not a frame of an animation: MUI's Chip
 * fades its background over 300 ms, so a status chip that changes colour (a list refetched after
 * its cached page was shown) has white text on a still-light background for a moment. CI once
 * caught `color-contrast … .MuiChip-label` in that window; this spec reproduces it with the same
 * colours (MUI's default chip grey to the theme's success green, white text) and a fade long
 * enough (5 s) that axe surely runs inside it on a machine of any speed.
 */
describe('seriousViolations in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);
  afterAll(() => context?.close());

  const chip = (background: string, color: string) =>
    `<!doctype html><html lang="fr"><head><title>t</title></head><body><main><h1>Candidats</h1>` +
    `<span id="chip" style="display:inline-block;padding:4px;background-color:${background};color:${color};transition:background-color 5s">Confirmé</span>` +
    `</main></body></html>`;

  it('When a chip has just changed colour and is still fading, then its settled colours are judged (no violation)', async () => {
    await page.setContent(chip('#e0e0e0', 'rgba(0, 0, 0, 0.87)'));
    await page.evaluate(() => {
      const el = document.getElementById('chip') as HTMLElement;
      el.style.backgroundColor = '#1b5e20';
      el.style.color = '#fff';
    });
    await expect(seriousViolations(page)).resolves.toEqual([]);
  }, 30_000);

  it('When a chip settles on colours below 4.5:1, then the violation is still reported', async () => {
    await page.setContent(chip('#e0e0e0', 'rgba(0, 0, 0, 0.87)'));
    await page.evaluate(() => {
      const el = document.getElementById('chip') as HTMLElement;
      el.style.backgroundColor = '#9e9e9e';
      el.style.color = '#fff';
    });
    const violations = await seriousViolations(page);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^serious color-contrast: .* — #chip$/);
  }, 30_000);

  it('When the page forbids inline styles (the application page’s CSP), then the check still settles it and nothing is refused', async () => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text());
    });
    await page.setContent(
      `<!doctype html><html lang="fr"><head><title>t</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>` +
        `<body><main><h1>Candidature</h1><span id="chip">Envoyée</span></main></body></html>`,
    );
    await page.evaluate(async () => {
      const el = document.getElementById('chip') as HTMLElement;
      // CSSOM changes are not inline style sources: the CSP allows them.
      Object.assign(el.style, {
        display: 'inline-block',
        backgroundColor: '#e0e0e0',
        color: 'rgba(0, 0, 0, 0.87)',
        transition: 'background-color 5s',
      });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      Object.assign(el.style, { backgroundColor: '#1b5e20', color: '#fff' });
    });
    await expect(page.evaluate(() => document.getAnimations().length)).resolves.toBe(1);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(refused).toEqual([]);
  }, 30_000);
});
