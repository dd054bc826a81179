import { z } from 'zod';
import { apiSchema } from '@binome/http-server';

const stamp = z.string().datetime();
/** A Konnecteur or Koach as the API sends it; for the OpenAPI document, checked against real responses. */
export const ReferentView = apiSchema(
  'Referent',
  z
    .object({
      id: z.string().uuid(),
      _id: z.string().uuid(),
      kind: z.enum(['konnecteur', 'koach']),
      territoryId: z.array(z.string()),
      identity: z.object({ firstName: z.string(), lastName: z.string() }).strict(),
      contact: z.object({ email: z.string(), phone: z.string().optional() }).strict(),
      userId: z.string().optional(),
      companyId: z.string().optional(),
      town: z.string(),
      location: z.object({ lat: z.number(), lon: z.number() }).strict().optional(),
      availability: z.array(z.string()),
      capacity: z.number().int(),
      topics: z.array(z.string()),
      active: z.boolean(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);
