import { one, valuesOf, WEEKLY_SLOTS } from './apply-form';

/**
 * The volunteers' sign-up form and how it becomes recruitment's public
 * `POST /v1/volunteer-interests` body (an expression of interest staff answer; enrolment in a
 * promotion stays theirs).
 */
export const VOLUNTEER_FIELDS = [
  'territoryId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'jobTitle',
  'availability',
  'message',
  'consentData',
  'noticeVersion',
] as const;
export type VolunteerField = (typeof VOLUNTEER_FIELDS)[number];
export type VolunteerValues = Partial<Record<VolunteerField, string | string[]>>;

/** The volunteer form's own fields of a posted body. */
export const volunteerValuesOf = (body: unknown): VolunteerValues => valuesOf(body, VOLUNTEER_FIELDS);

export function volunteerInterestBody(form: VolunteerValues): Record<string, unknown> {
  const optional = (field: VolunteerField) => one(form[field]) || undefined;
  const slots = (Array.isArray(form.availability) ? form.availability : form.availability ? [form.availability] : []).filter((s) =>
    WEEKLY_SLOTS.includes(s),
  );
  return {
    territoryId: one(form.territoryId),
    firstName: one(form.firstName),
    lastName: one(form.lastName),
    email: one(form.email),
    phone: optional('phone'),
    companyName: one(form.companyName),
    jobTitle: optional('jobTitle'),
    availability: [...new Set(slots)],
    message: optional('message'),
    consent: { dataProcessing: one(form.consentData) === 'yes', noticeVersion: one(form.noticeVersion) },
  };
}

/** The form field a recruitment problem names, if the form has one. */
export function volunteerFieldOf(path: string): VolunteerField | undefined {
  if (/^body\.consent(\.dataProcessing)?$/.test(path)) return 'consentData';
  if (path === 'body.consent.noticeVersion') return 'noticeVersion';
  if (/^body\.availability(\.|$)/.test(path)) return 'availability';
  const name = path.replace(/^body\./, '');
  return (VOLUNTEER_FIELDS as readonly string[]).includes(name) ? (name as VolunteerField) : undefined;
}
