/**
 * Partner organisations: NGOs and public services that refer people in (CIREFE, Prisme, CLPS, PEOL,
 * shelters, the prefecture, France Travail) and receive people referred out (DOMAIN.md, "Who it serves").
 */
export const ORGANISATION_KINDS = ['ngo', 'language_centre', 'shelter', 'public_service', 'employment_service', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Contact {
  name: string;
  email: string;
  phone?: string;
  role?: string;
}

export interface PartnerOrganisation {
  /** A slug, e.g. `cirefe`; referrals and candidates name it as `referringPartnerId`. */
  _id: string;
  /**
   * Every territory the organisation works with. An array: `scoped()`'s `{territoryId: {$in}}`
   * matches any element, so the tenant guard and scoping work unchanged.
   */
  territoryId: string[];
  name: string;
  kind: OrganisationKind;
  /** Sends candidates in. */
  refersIn: boolean;
  /** Receives candidates referred out ("réorientation"). */
  receivesReferrals: boolean;
  contacts: Contact[];
  website?: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}
