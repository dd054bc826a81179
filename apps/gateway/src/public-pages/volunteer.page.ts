import { flag, markup, type SafeHtml } from './markup';
import type { Translator } from './catalogue';
import { HALF_DAYS, WEEKDAYS } from './apply-form';
import { pageLayout, type LanguageLink, type PageAssets } from './page-layout';
import { VOLUNTEER_FIELDS, type VolunteerField, type VolunteerValues } from './volunteer-form';

export interface VolunteerProblem {
  field: VolunteerField;
  /** recruitment's own message (English), used only to tell "missing" from "wrong". */
  message: string;
}

export interface VolunteerPageInput {
  t: Translator;
  territories: readonly string[];
  languages: LanguageLink[];
  assets: PageAssets;
  action: string;
  applyHref: string;
  values?: VolunteerValues;
  problems?: VolunteerProblem[];
  notice?: string;
}

const capitalised = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** "Prénom : répondez, s'il vous plaît." in the page's language. */
export function volunteerProblemMessage(t: Translator, p: VolunteerProblem): string {
  const kind =
    p.field === 'consentData' || p.field === 'noticeVersion'
      ? 'consent'
      : p.field === 'email'
        ? 'email'
        : p.field === 'phone'
          ? 'phone'
          : /^required$/i.test(p.message)
            ? 'required'
            : 'invalid';
  return t.t(`errors.${kind}`, { field: t.t(p.field === 'noticeVersion' ? 'consentData' : p.field) });
}

/**
 * For companies' employees (French, English): what the commitment is, and a short form to offer
 * to volunteer. Staff call the person back and enrol them in a promotion with their company.
 * Works without JavaScript: a normal form post, the same form back with each problem on its field.
 */
export function renderVolunteerPage(input: VolunteerPageInput): string {
  const { t, values = {} } = input;
  const problems = [...(input.problems ?? [])].sort((a, b) => VOLUNTEER_FIELDS.indexOf(a.field) - VOLUNTEER_FIELDS.indexOf(b.field));
  const first = new Map<VolunteerField, VolunteerProblem>();
  for (const p of problems) if (!first.has(p.field)) first.set(p.field, p);
  const value = (f: VolunteerField) => {
    const v = values[f];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  const marker = (required: boolean) => markup` <span class="hint">(${t.t(required ? 'required' : 'optional')})</span>`;
  const errorOf = (f: VolunteerField) => {
    const p = first.get(f);
    return p ? markup`<p class="err" id="${f}-err">${volunteerProblemMessage(t, p)}</p>` : '';
  };
  const invalid = (f: VolunteerField) => (first.has(f) ? markup` aria-invalid="true" aria-describedby="${f}-err"` : '');
  const wrap = (f: VolunteerField, inner: SafeHtml) => markup`<div class="f" id="f-${f}">${inner}${errorOf(f)}</div>`;
  const text = (f: VolunteerField, required: boolean, o: { type?: string; autocomplete?: string; max?: number; dir?: string } = {}) =>
    wrap(
      f,
      markup`<label for="${f}">${t.t(f)}${marker(required)}</label><input id="${f}" name="${f}" type="${o.type ?? 'text'}" value="${value(f)}" dir="${o.dir ?? 'auto'}"${o.autocomplete ? markup` autocomplete="${o.autocomplete}"` : ''}${o.max ? markup` maxlength="${o.max}"` : ''}${flag('required', required)}${invalid(f)}>`,
    );
  const territories = input.territories.map(
    (id) => markup`<option value="${id}"${flag('selected', value('territoryId') === id)}>${capitalised(id)}</option>`,
  );
  const slots = Array.isArray(values.availability) ? values.availability : values.availability ? [values.availability] : [];
  const weekdays = t.weekdays();
  const week = WEEKDAYS.slice(0, 5).map((day, i) => {
    const halves = HALF_DAYS.map(
      (half) =>
        markup`<label class="choice"><input type="checkbox" name="availability" value="${day}-${half}"${flag('checked', slots.includes(`${day}-${half}`))}> <span class="vh">${weekdays[i]} </span>${t.t(`slot.${half}`)}</label>`,
    );
    return markup`<div class="day"><span class="dayname" aria-hidden="true">${weekdays[i]}</span>${halves}</div>`;
  });
  const summary = problems.length
    ? markup`<div class="summary" role="alert" id="summary"><h2>${t.t('errors.count', { count: first.size })}</h2><ul>${[
        ...first.values(),
      ].map(
        (p) => markup`<li><a href="#${p.field === 'noticeVersion' ? 'consentData' : p.field}">${volunteerProblemMessage(t, p)}</a></li>`,
      )}</ul></div>`
    : '';

  const main = markup`<h1>${t.t('title')}</h1>
<p class="intro">${t.t('intro')}</p>
<h2>${t.t('commitment.title')}</h2>
<ul class="plain"><li>${t.t('commitment.time')}</li><li>${t.t('commitment.training')}</li><li>${t.t('commitment.support')}</li></ul>
<h2>${t.t('how.title')}</h2>
<p>${t.t('how.hr')}</p>
${input.notice ? markup`<div class="notice" role="alert"><p>${input.notice}</p></div>` : ''}
${summary}
<form method="post" action="${input.action}" id="volunteer" accept-charset="utf-8">
<h2>${t.t('section.you')}</h2>
${text('firstName', true, { autocomplete: 'given-name', max: 100 })}
${text('lastName', true, { autocomplete: 'family-name', max: 100 })}
${text('email', true, { type: 'email', autocomplete: 'email', max: 200, dir: 'ltr' })}
${text('phone', false, { type: 'tel', autocomplete: 'tel', dir: 'ltr' })}
${text('companyName', true, { autocomplete: 'organization', max: 120 })}
${text('jobTitle', false, { autocomplete: 'organization-title', max: 120 })}
${wrap(
  'territoryId',
  markup`<label for="territoryId">${t.t('territoryId')}${marker(true)}</label><select id="territoryId" name="territoryId" required${invalid('territoryId')}><option value="">${t.t('choose')}</option>${territories}</select>`,
)}
${wrap('availability', markup`<fieldset${invalid('availability')}><legend>${t.t('availability')}${marker(false)}</legend><div class="week">${week}</div></fieldset>`)}
${wrap(
  'message',
  markup`<label for="message">${t.t('message')}${marker(false)}</label><textarea id="message" name="message" maxlength="1000" rows="4" dir="auto"${invalid('message')}>${value('message')}</textarea>`,
)}
<h2>${t.t('section.consent')}</h2>
<div class="consent"><p>${t.t('consent.what')}</p><p>${t.t('consent.keep')}</p></div>
${wrap(
  'consentData',
  markup`<label class="choice"><input type="checkbox" id="consentData" name="consentData" value="yes"${flag('checked', value('consentData') === 'yes')} required${invalid('consentData')}> ${t.t('consentData')}${marker(true)}</label>`,
)}
<input type="hidden" name="noticeVersion" value="${t.catalogue.noticeVersion}">
<button type="submit" class="send">${t.t('submit')}</button>
</form>
<p><a href="${input.applyHref}">${t.t('apply.link')}</a></p>`;
  return pageLayout(t, { title: t.t('title'), languages: input.languages, assets: input.assets, main });
}

export function renderVolunteerThanks(t: Translator, languages: LanguageLink[], assets: PageAssets): string {
  const main = markup`<h1>${t.t('thanks.title')}</h1><p>${t.t('thanks.body')}</p>`;
  return pageLayout(t, { title: t.t('thanks.title'), languages, assets, main });
}
