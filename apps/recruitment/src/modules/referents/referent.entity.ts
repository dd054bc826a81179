import type { GeoPoint } from '../candidates/town-gazetteer';

/**
 * Konnecteurs (trained volunteer referents who follow 2–3 pairs of a promotion and collect the
 * T+3/T+6 indicators) and Koachs (volunteer facilitators of collective workshops). Both may serve
 * several territories, so `territoryId` is an array (see MultiTerritoryRepository).
 */
export const REFERENT_KINDS = ['konnecteur', 'koach'] as const;
export type ReferentKind = (typeof REFERENT_KINDS)[number];

export const KONNECTEUR_MIN_PAIRS = 2;
export const KONNECTEUR_MAX_PAIRS = 3;

export interface Referent {
  _id: string;
  kind: ReferentKind;
  territoryId: string[];
  identity: { firstName: string; lastName: string };
  contact: { email: string; phone?: string };
  /** Keycloak subject, when the person has an account (self-service). */
  userId?: string;
  companyId?: string;
  town: string;
  location?: GeoPoint;
  availability: string[];
  /** Konnecteur: pairs followed at once (2–3). Koach: sessions a month. */
  capacity: number;
  /** Koach: workshop topics they facilitate (CV, LINKEDIN, PITCH...). */
  topics: string[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}
