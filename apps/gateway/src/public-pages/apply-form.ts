/**
 * The application form's fields and how a posted form becomes recruitment's `POST /v1/applications`
 * body. The option lists mirror recruitment's enums (the integration spec checks them against
 * recruitment's served OpenAPI document, so they cannot drift unnoticed).
 */
export const PROTECTION_STATUSES = ['refugee', 'subsidiary_protection'] as const;
export const FRENCH_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const CHANNELS = ['website', 'partner_referral', 'word_of_mouth', 'other'] as const;
export const GENDER_PREFERENCES = ['F', 'M'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const HALF_DAYS = ['am', 'pm'] as const;
export const WEEKLY_SLOTS = WEEKDAYS.flatMap((d) => HALF_DAYS.map((h) => `${d}-${h}`));
/** Languages the people the programme serves speak most, named in the page's language by `Intl`. */
export const MAIN_LANGUAGES = ['ar', 'fa', 'prs', 'ps', 'ti', 'am', 'so', 'ku', 'uk', 'ru', 'ka', 'tr', 'ur', 'bn', 'ta', 'es', 'en', 'fr'];

/** Form fields in page order: the error summary lists problems in this order. */
export const FORM_FIELDS = [
  'territoryId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'town',
  'protectionStatus',
  'protectionGrantedOn',
  'mainLanguage',
  'frenchLevel',
  'targetSector',
  'education',
  'availability',
  'housingStable',
  'resourcesStable',
  'genderPreference',
  'channel',
  'referringPartnerId',
  'consentData',
  'consentPartner',
  'noticeVersion',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string | string[]>>;

export const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
const many = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean);
const yesNo = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);

/** Keeps only a form's own fields, as strings or lists of strings (urlencoded bodies hold anything). */
export function valuesOf<F extends string>(body: unknown, fields: readonly F[]): Partial<Record<F, string | string[]>> {
  const values: Partial<Record<F, string | string[]>> = {};
  if (!body || typeof body !== 'object') return values;
  for (const field of fields) {
    const v = (body as Record<string, unknown>)[field];
    if (typeof v === 'string') values[field] = v;
    else if (Array.isArray(v)) values[field] = v.filter((s): s is string => typeof s === 'string');
  }
  return values;
}

/** The application form's own fields of a posted body. */
export const formValuesOf = (body: unknown): FormValues => valuesOf(body, FORM_FIELDS);

/**
 * The JSON body recruitment validates. Empty optional answers are left out rather than sent
 * empty; the consent is sent as given (an unticked box is `false`, which recruitment refuses
 * naming `body.consent.dataProcessing`), with the version of the notice the person was shown.
 */
export function applicationBody(form: FormValues): Record<string, unknown> {
  const optional = (field: FormField) => one(form[field]) || undefined;
  const mainLanguage = one(form.mainLanguage);
  return {
    territoryId: one(form.territoryId),
    firstName: one(form.firstName),
    lastName: one(form.lastName),
    email: one(form.email),
    phone: optional('phone'),
    town: one(form.town),
    protectionStatus: one(form.protectionStatus),
    protectionGrantedOn: optional('protectionGrantedOn'),
    languages: mainLanguage ? [{ language: mainLanguage, level: 'native' }] : [],
    frenchLevel: one(form.frenchLevel),
    targetSector: optional('targetSector'),
    education: optional('education'),
    availability: many(form.availability),
    housingStable: yesNo(one(form.housingStable)),
    resourcesStable: yesNo(one(form.resourcesStable)),
    genderPreference: optional('genderPreference'),
    channel: one(form.channel),
    referringPartnerId: optional('referringPartnerId'),
    consent: {
      dataProcessing: one(form.consentData) === 'yes',
      partnerSharing: one(form.consentPartner) === 'yes',
      noticeVersion: one(form.noticeVersion),
    },
  };
}

const BY_PATH: [RegExp, FormField][] = [
  [/^body\.languages(\.|$)/, 'mainLanguage'],
  [/^body\.availability(\.|$)/, 'availability'],
  [/^body\.consent\.dataProcessing$/, 'consentData'],
  [/^body\.consent\.partnerSharing$/, 'consentPartner'],
  [/^body\.consent\.noticeVersion$/, 'noticeVersion'],
  [/^body\.consent$/, 'consentData'],
];

/** The form field a recruitment problem names (`errors[].field`), if the form has one. */
export function formFieldOf(path: string): FormField | undefined {
  for (const [pattern, field] of BY_PATH) if (pattern.test(path)) return field;
  const name = path.replace(/^body\./, '');
  return (FORM_FIELDS as readonly string[]).includes(name) ? (name as FormField) : undefined;
}

export type ErrorKind = 'required' | 'invalid' | 'email' | 'phone' | 'date' | 'consent';

/** Which localized message explains a problem with this field. */
export function errorKindOf(field: FormField, message: string): ErrorKind {
  if (field === 'consentData') return 'consent';
  if (field === 'email') return 'email';
  if (field === 'phone') return 'phone';
  if (field === 'protectionGrantedOn') return 'date';
  return /^required$/i.test(message) ? 'required' : 'invalid';
}
