import { canActOnTerritory, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { ContactRepository } from '../contact.repository';
import type { Language } from '../contact.entity';

/**
 * Staff record a Konnecteur's account email for the referent id matching assigns to pairs: the
 * Konnecteur's token (that verified email) then reaches the pairs they follow, and their alerts go
 * to that address. Another territory's staff get 404.
 */
export async function linkKonnecteur(
  d: { contacts: ContactRepository; now: () => Date; policies: Record<string, { language?: Language }> },
  principal: Principal,
  territoryId: string,
  konnecteurId: string,
  body: { email: string; firstName: string; language?: Language },
) {
  if (!canActOnTerritory(principal, territoryId)) throw notFound('Territory');
  return d.contacts.put(
    {
      territoryId,
      personKind: 'konnecteur',
      personId: konnecteurId,
      email: body.email,
      firstName: body.firstName,
      language: body.language ?? d.policies[territoryId]?.language ?? 'fr',
    },
    d.now(),
  );
}
