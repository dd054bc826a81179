import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { LANGUAGES, PERSON_KINDS, type Contact } from './contact.entity';

export const ContactViewSchema = apiSchema(
  'Contact',
  z.object({
    territoryId: z.string(),
    personKind: z.enum(PERSON_KINDS),
    personId: z.string(),
    email: z.string(),
    firstName: z.string(),
    language: z.enum(LANGUAGES),
  }),
);

/** The person's own contact, or a Konnecteur's for the staff who recorded it. */
export const contactView = (c: Contact) => ({
  territoryId: c.territoryId,
  personKind: c.personKind,
  personId: c.personId,
  email: c.email,
  firstName: c.firstName,
  language: c.language,
});
