/** Who an email can be addressed to: a pair's participants and the Konnecteurs who follow pairs. */
export const PERSON_KINDS = ['beneficiary', 'volunteer', 'konnecteur'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * How to reach a person, given by the person (a participant subscribing to reminders: the verified
 * email of their token, the first name they want used) or by staff (a Konnecteur's account, which
 * is also what links a Konnecteur's token to the referent id matching assigns to pairs). Scheduling
 * keeps nothing else about a person; erasure removes the record.
 */
export interface Contact {
  /** `<territory>:<kind>:<person id>`. */
  _id: string;
  territoryId: string;
  personKind: PersonKind;
  personId: string;
  email: string;
  firstName: string;
  language: Language;
  createdAt: Date;
  updatedAt: Date;
}

export const contactIdOf = (territoryId: string, kind: PersonKind, personId: string) => `${territoryId}:${kind}:${personId}`;
