import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { slug } from '../../shared/value-formats';
import { contact, territoryList } from '../organisations.request';
import { ORGANISATION_KINDS } from '../partner-organisation.entity';

export function createOrganisationRequest(territories: readonly string[]) {
  return z
    .object({
      id: slug,
      territoryId: territoryList(territories),
      name: identityText(120),
      kind: z.enum(ORGANISATION_KINDS),
      refersIn: z.boolean().default(true),
      receivesReferrals: z.boolean().default(true),
      contacts: z.array(contact).max(20).default([]),
      website: z.string().url().max(300).optional(),
      active: z.boolean().default(true),
    })
    .strict();
}
export type CreateOrganisationRequest = z.infer<ReturnType<typeof createOrganisationRequest>>;
