import { markup, type SafeHtml } from './markup';
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
  const data = Object.entries(options.bodyData ?? {}).map(([k, v]) => markup` data-${k}="${v}"`);
  const links = options.languages.map(
    (l) =>
      markup`<li><a href="${l.href}" lang="${l.code}" hreflang="${l.code}"${l.code === t.language ? markup` aria-current="page"` : ''}>${l.name}</a></li>`,
  );
  return `<!doctype html>\n${markup`<html lang="${t.language}" dir="${t.catalogue.dir}">
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
<nav aria-label="${t.t('languageNav')}"><ul class="langs">${links}</ul></nav>
</header>
<main id="main">${options.main}</main>
</body>
</html>`}\n`;
}
