import type { Contact } from './partner-organisation.entity';

/** About 5 volunteers per company per promotion (DOMAIN.md, "People"). */
export const DEFAULT_EXPECTED_VOLUNTEERS = 5;

/** A company whose employees volunteer on skills sponsorship (SNCF, Société Générale, Manpower...). */
export interface PartnerCompany {
  /** A slug, e.g. `sncf`. */
  _id: string;
  /** Territories where the company has volunteers (array: see PartnerOrganisation.territoryId). */
  territoryId: string[];
  name: string;
  sectors: string[];
  hrContacts: Contact[];
  expectedVolunteersPerPromotion: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}
