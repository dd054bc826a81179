import { markup } from './markup';
import type { Translator } from './catalogue';
import { pageLayout, type LanguageLink, type PageAssets } from './page-layout';

/**
 * For companies' employees (French, English): what the commitment is and how to join. Enrolment
 * is a staff act in recruitment (`POST /v1/volunteers` serves territory reaches only) and no
 * public route takes an expression of interest yet, so the page says so instead of collecting
 * answers nobody would receive.
 */
export function renderVolunteerPage(t: Translator, languages: LanguageLink[], assets: PageAssets, applyHref: string): string {
  const main = markup`<h1>${t.t('title')}</h1>
<p class="intro">${t.t('intro')}</p>
<h2>${t.t('commitment.title')}</h2>
<ul class="plain"><li>${t.t('commitment.time')}</li><li>${t.t('commitment.training')}</li><li>${t.t('commitment.support')}</li></ul>
<h2>${t.t('how.title')}</h2>
<p>${t.t('how.hr')}</p>
<p class="notice">${t.t('how.online')}</p>
<p><a href="${applyHref}">${t.t('apply.link')}</a></p>`;
  return pageLayout(t, { title: t.t('title'), languages, assets, main });
}
