import { z } from 'zod';
import { Id } from '../../catalogue/catalogue.request';

export const KonnecteurParams = z.object({ territoryId: Id, konnecteurId: Id.describe("matching's referent id of the Konnecteur") });

export const LinkKonnecteurBody = z
  .object({ email: z.string().trim().toLowerCase().email().max(200).describe('the verified email of the Konnecteur’s account') })
  .strict();
export type LinkKonnecteurBody = z.infer<typeof LinkKonnecteurBody>;
