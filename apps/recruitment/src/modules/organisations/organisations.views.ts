import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { slug } from '../shared/value-formats';
import { ORGANISATION_KINDS } from './partner-organisation.entity';

const stamp = z.string().datetime();
const contactView = z.object({ name: z.string(), email: z.string(), phone: z.string().optional(), role: z.string().optional() }).strict();
/** Partner records as the API sends them; for the OpenAPI document, checked against real responses. */
export const PartnerOrganisationView = apiSchema(
  'PartnerOrganisation',
  z
    .object({
      id: slug,
      _id: slug,
      territoryId: z.array(z.string()),
      name: z.string(),
      kind: z.enum(ORGANISATION_KINDS),
      refersIn: z.boolean(),
      receivesReferrals: z.boolean(),
      contacts: z.array(contactView),
      website: z.string().optional(),
      active: z.boolean(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);
export const PartnerCompanyView = apiSchema(
  'PartnerCompany',
  z
    .object({
      id: slug,
      _id: slug,
      territoryId: z.array(z.string()),
      name: z.string(),
      sectors: z.array(z.string()),
      hrContacts: z.array(contactView),
      expectedVolunteersPerPromotion: z.number().int(),
      active: z.boolean(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);
