import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { slug, text } from '../../shared/value-formats';
import { contact, territoryList } from '../organisations.request';
import { DEFAULT_EXPECTED_VOLUNTEERS } from '../partner-company.entity';

export function createCompanyRequest(territories: readonly string[]) {
  return z
    .object({
      id: slug,
      territoryId: territoryList(territories),
      name: identityText(120),
      sectors: z.array(text(100)).max(20).default([]),
      hrContacts: z.array(contact).max(20).default([]),
      expectedVolunteersPerPromotion: z.number().int().min(0).max(100).default(DEFAULT_EXPECTED_VOLUNTEERS),
      active: z.boolean().default(true),
    })
    .strict();
}
export type CreateCompanyRequest = z.infer<ReturnType<typeof createCompanyRequest>>;
