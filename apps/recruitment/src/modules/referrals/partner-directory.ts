import { conflict, notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { PartnerOrganisationRepository } from '../organisations/partner-organisation.repository';

/** What referrals need to know of partner organisations (owned by the organisations module). */
export interface PartnerDirectory {
  find(territoryId: string, partnerId: string): Promise<{ active: boolean; receivesReferrals: boolean } | null>;
}

export function partnerDirectory(organisations: PartnerOrganisationRepository): PartnerDirectory {
  return { find: (territoryId, partnerId) => organisations.findById(territory(territoryId), partnerId) };
}

/**
 * A person can only be referred out to an organisation that works in their territory, is active
 * and receives referrals (the id's format is checked by the request schema).
 */
export async function assertPartnerExists(directory: PartnerDirectory, territoryId: string, partnerId: string): Promise<void> {
  const partner = await directory.find(territoryId, partnerId);
  if (!partner) throw notFound(`Partner organisation "${partnerId}" in territory ${territoryId}`);
  if (!partner.active || !partner.receivesReferrals)
    throw conflict(`Partner organisation "${partnerId}" does not receive referrals at the moment`);
}
