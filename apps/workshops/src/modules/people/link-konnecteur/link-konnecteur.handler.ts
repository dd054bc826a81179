import { canActOnTerritory, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { KonnecteurLinkRepository } from '../pair.repository';
import type { LinkKonnecteurBody } from './link-konnecteur.request';

/**
 * Staff link a Konnecteur's referent id (the one matching assigns to pairs) to their account's
 * email: that verified email then registers the beneficiaries of the pairs they follow. Matching's
 * events carry the referent id only, and no peer resolves it from a token. Another territory: 404.
 */
export async function linkKonnecteur(
  d: { konnecteurLinks: KonnecteurLinkRepository },
  principal: Principal,
  territoryId: string,
  konnecteurId: string,
  body: LinkKonnecteurBody,
) {
  if (!canActOnTerritory(principal, territoryId)) throw notFound('Territory');
  const link = await d.konnecteurLinks.put(territoryId, konnecteurId, body.email);
  return { territoryId: link.territoryId, konnecteurId: link.konnecteurId, email: link.email, updatedAt: link.updatedAt.toISOString() };
}
