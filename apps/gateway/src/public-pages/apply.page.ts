import { flag, markup, type SafeHtml } from './markup';
import type { Translator } from './catalogue';
import {
  CHANNELS,
  FORM_FIELDS,
  FRENCH_LEVELS,
  GENDER_PREFERENCES,
  HALF_DAYS,
  MAIN_LANGUAGES,
  PROTECTION_STATUSES,
  WEEKDAYS,
  errorKindOf,
  type FormField,
  type FormValues,
} from './apply-form';
import { pageLayout, type LanguageLink, type PageAssets } from './page-layout';

export interface FieldProblem {
  field: FormField;
  /** recruitment's own message (English), used only to tell "missing" from "wrong". */
  message: string;
}

export interface ApplyPageInput {
  t: Translator;
  territories: readonly string[];
  assets: PageAssets;
  languages: LanguageLink[];
  action: string;
  values?: FormValues;
  problems?: FieldProblem[];
  /** A message about the whole form (duplicate, rate limit, service down), already localized. */
  notice?: string;
  /** A partner's link (`?partner=<id>`): the referral is recorded without asking. */
  partner?: string;
}

interface TextOptions {
  required: boolean;
  type?: string;
  autocomplete?: string;
  max?: number;
  pattern?: string;
  dir?: string;
}

/** The label that names a field in error messages. */
function labelKeyOf(field: FormField): string {
  return field === 'consentData' || field === 'consentPartner' || field === 'noticeVersion' ? 'section.consent' : field;
}

/** "Prénom : répondez, s'il vous plaît." — the field's label inside the message, in the page's language. */
export function problemMessage(t: Translator, problem: FieldProblem): string {
  return t.t(`errors.${errorKindOf(problem.field, problem.message)}`, { field: t.t(labelKeyOf(problem.field)) });
}

const capitalised = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const KIND_OF_TYPE: Record<string, string> = { email: 'email', tel: 'phone', date: 'date' };

export function renderApplyPage(input: ApplyPageInput): string {
  const { t, values = {} } = input;
  const problems = [...(input.problems ?? [])].sort((a, b) => FORM_FIELDS.indexOf(a.field) - FORM_FIELDS.indexOf(b.field));
  const firstProblem = new Map<FormField, FieldProblem>();
  for (const p of problems) if (!firstProblem.has(p.field)) firstProblem.set(p.field, p);
  const value = (f: FormField) => {
    const v = values[f];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  const chosen = (f: FormField) => {
    const v = values[f];
    return Array.isArray(v) ? v : v ? [v] : [];
  };

  const marker = (required: boolean) => markup` <span class="hint">(${t.t(required ? 'required' : 'optional')})</span>`;
  const errorOf = (f: FormField) => {
    const p = firstProblem.get(f);
    return p ? markup`<p class="err" id="${f}-err">${problemMessage(t, p)}</p>` : '';
  };
  const invalid = (f: FormField) => (firstProblem.has(f) ? markup` aria-invalid="true" aria-describedby="${f}-err"` : '');
  // The wrapper carries what the script needs to say, in this language, what is wrong.
  const wrap = (f: FormField, kind: string, required: boolean, inner: SafeHtml) =>
    markup`<div class="f" id="f-${f}" data-field="${f}" data-kind="${kind}" data-label="${t.t(labelKeyOf(f))}"${flag('data-required', required)}>${inner}${errorOf(f)}</div>`;

  const text = (f: FormField, o: TextOptions) => {
    const attributes = markup`${o.autocomplete ? markup` autocomplete="${o.autocomplete}"` : ''}${o.max ? markup` maxlength="${o.max}"` : ''}${o.pattern ? markup` pattern="${o.pattern}"` : ''}`;
    return wrap(
      f,
      KIND_OF_TYPE[o.type ?? ''] ?? 'text',
      o.required,
      markup`<label for="${f}">${t.t(f)}${marker(o.required)}</label><input id="${f}" name="${f}" type="${o.type ?? 'text'}" value="${value(f)}" dir="${o.dir ?? 'auto'}"${attributes}${flag('required', o.required)}${invalid(f)}>`,
    );
  };
  const select = (f: FormField, options: [string, string][], required: boolean) => {
    const list = options.map(([v, label]) => markup`<option value="${v}"${flag('selected', value(f) === v)}>${label}</option>`);
    return wrap(
      f,
      'text',
      required,
      markup`<label for="${f}">${t.t(f)}${marker(required)}</label><select id="${f}" name="${f}"${flag('required', required)}${invalid(f)}><option value="">${t.t('choose')}</option>${list}</select>`,
    );
  };
  const radios = (f: FormField, options: [string, string][], required: boolean) => {
    const list = options.map(
      ([v, label]) =>
        markup`<label class="choice"><input type="radio" name="${f}" value="${v}"${flag('checked', value(f) === v)}${flag('required', required)}> ${label}</label>`,
    );
    return wrap(f, 'text', required, markup`<fieldset${invalid(f)}><legend>${t.t(f)}${marker(required)}</legend>${list}</fieldset>`);
  };
  const checkbox = (f: FormField, kind: string, required: boolean) =>
    wrap(
      f,
      kind,
      required,
      markup`<label class="choice"><input type="checkbox" id="${f}" name="${f}" value="yes"${flag('checked', value(f) === 'yes')}${flag('required', required)}${invalid(f)}> ${t.t(f)}${marker(required)}</label>`,
    );

  const yesNo: [string, string][] = [
    ['yes', t.t('yes')],
    ['no', t.t('no')],
  ];
  const weekdays = t.weekdays();
  const slots = chosen('availability');
  const week = WEEKDAYS.map((day, i) => {
    const halves = HALF_DAYS.map(
      (half) =>
        markup`<label class="choice"><input type="checkbox" name="availability" value="${day}-${half}"${flag('checked', slots.includes(`${day}-${half}`))}> <span class="vh">${weekdays[i]} </span>${t.t(`slot.${half}`)}</label>`,
    );
    return markup`<div class="day"><span class="dayname" aria-hidden="true">${weekdays[i]}</span>${halves}</div>`;
  });
  const summary = problems.length
    ? markup`<div class="summary" role="alert" id="summary"><h2>${t.t('errors.count', { count: firstProblem.size })}</h2><ul>${[
        ...firstProblem.values(),
      ].map((p) => markup`<li><a href="#${p.field}">${problemMessage(t, p)}</a></li>`)}</ul></div>`
    : '';
  const channel = input.partner
    ? markup`<input type="hidden" name="channel" value="partner_referral"><input type="hidden" name="referringPartnerId" value="${input.partner}">`
    : markup`${radios(
        'channel',
        CHANNELS.map((c) => [c, t.t(`channel.${c}`)]),
        true,
      )}${text('referringPartnerId', { required: false, max: 64, dir: 'ltr' })}`;
  const messages = markup` data-m-required="${t.t('errors.required')}" data-m-invalid="${t.t('errors.invalid')}" data-m-email="${t.t('errors.email')}" data-m-phone="${t.t('errors.phone')}" data-m-date="${t.t('errors.date')}" data-m-consent="${t.t('errors.consent')}"`;

  const main = markup`<h1>${t.t('title')}</h1>
<p class="intro">${t.t('intro')}</p>
${input.notice ? markup`<div class="notice" role="alert"><p>${input.notice}</p></div>` : ''}
${summary}
<form method="post" action="${input.action}" id="apply" accept-charset="utf-8"${input.problems?.length ? '' : markup` data-restore="1"`}${messages}>
<p class="draft" id="draft" hidden>${t.t('draft.saved')} <button type="button" id="draft-clear">${t.t('draft.clear')}</button></p>
<h2>${t.t('section.you')}</h2>
${text('firstName', { required: true, autocomplete: 'given-name', max: 100 })}
${text('lastName', { required: true, autocomplete: 'family-name', max: 100 })}
${text('email', { required: true, type: 'email', autocomplete: 'email', max: 200, dir: 'ltr' })}
${text('phone', { required: false, type: 'tel', autocomplete: 'tel', pattern: '\\+?[0-9 ().\\-]{6,20}', dir: 'ltr' })}
${text('town', { required: true, autocomplete: 'address-level2', max: 100 })}
${select(
  'territoryId',
  input.territories.map((id) => [id, capitalised(id)]),
  true,
)}
<h2>${t.t('section.protection')}</h2>
${radios(
  'protectionStatus',
  PROTECTION_STATUSES.map((s) => [s, t.t(`status.${s}`)]),
  true,
)}
${text('protectionGrantedOn', { required: false, type: 'date', dir: 'ltr' })}
<h2>${t.t('section.languages')}</h2>
${select(
  'mainLanguage',
  MAIN_LANGUAGES.map((code) => [code, t.languageName(code)]),
  false,
)}
${select(
  'frenchLevel',
  FRENCH_LEVELS.map((l) => [l, t.t(`level.${l}`)]),
  true,
)}
<h2>${t.t('section.work')}</h2>
${text('targetSector', { required: false, max: 100 })}
${text('education', { required: false, max: 300 })}
${wrap('availability', 'text', false, markup`<fieldset${invalid('availability')}><legend>${t.t('availability')}${marker(false)}</legend><div class="week">${week}</div></fieldset>`)}
${radios('housingStable', yesNo, false)}
${radios('resourcesStable', yesNo, false)}
${radios('genderPreference', [...GENDER_PREFERENCES.map((g): [string, string] => [g, t.t(`pref.${g}`)]), ['', t.t('pref.none')]], false)}
${channel}
<h2>${t.t('section.consent')}</h2>
<div class="consent"><p>${t.t('consent.what')}</p><p>${t.t('consent.why')}</p><p>${t.t('consent.who')}</p><p>${t.t('consent.keep')}</p><p>${t.t('consent.rights')}</p></div>
${checkbox('consentData', 'consent', true)}
${checkbox('consentPartner', 'text', false)}
<input type="hidden" name="noticeVersion" value="${t.catalogue.noticeVersion}">
<p class="version">${t.t('noticeVersion', { version: t.catalogue.noticeVersion ?? '' })}</p>
<button type="submit" class="send">${t.t('submit')}</button>
</form>`;
  return pageLayout(t, { title: t.t('title'), languages: input.languages, assets: input.assets, main });
}

export function renderThanksPage(t: Translator, at: Date, languages: LanguageLink[], assets: PageAssets): string {
  const main = markup`<h1>${t.t('thanks.title')}</h1><p>${t.t('thanks.body', { date: t.date(at) })}</p><p>${t.t('thanks.next')}</p>`;
  // The draft served its purpose: the script removes it from the phone.
  return pageLayout(t, { title: t.t('thanks.title'), languages, assets, main, bodyData: { 'clear-draft': '1' } });
}
