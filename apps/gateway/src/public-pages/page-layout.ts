import { html, type SafeHtml } from './html';
import type { Translator } from './catalogue';

export interface PageAssets {
  /** Content-hashed URLs of the stylesheet and the enhancing script (cached for a year). */
  css: string;
  js: string;
}

export interface LanguageLink {
  code: string;
  name: string;
  href: string;
}

/**
 * The document around every public page: language and direction on <html>, the language picker
 * first (links, so it works without JavaScript), one stylesheet, one deferred script. No inline
 * script or style: the gateway's CSP allows 'self' only.
 */
export function pageLayout(
  t: Translator,
  options: { title: string; languages: LanguageLink[]; assets: PageAssets; main: SafeHtml; bodyData?: Record<string, string> },
): string {
  const data = Object.entries(options.bodyData ?? {}).map(([k, v]) => html` data-${k}="${v}"`);
  return `<!doctype html>\n${html`<html lang="${t.language}" dir="${t.catalogue.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Binôme</title>
<link rel="stylesheet" href="${options.assets.css}">
<script src="${options.assets.js}" defer></script>
</head>
<body${data}>
<header class="top">
<p class="brand" lang="fr" dir="ltr">Binôme</p>
<nav aria-label="${t.t('languageNav')}"><ul class="langs">${options.languages.map(
    (l) =>
      html`<li>
        <a href="${l.href}" lang="${l.code}" hreflang="${l.code}" ${l.code === t.language ? html` aria-current="page"` : ''}>${l.name}</a>
      </li>`,
  )}</ul></nav>
</header>
<main id="main">${options.main}</main>
</body>
</html>`}\n`;
}
