import { z } from 'zod';

/** Ids made by the platform: UUIDs and slugs; nothing that could smuggle an operator or a path. */
export const Id = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'expected an id');

export const PromotionParams = z.object({ promotionId: Id });

export const territoryBody = (territories: readonly string[]) => z.enum(territories as [string, ...string[]]);

/** A pin or ban named in the body (adding one; the deprecated removal with a body). */
export const ConstraintRequest = (territories: readonly string[]) =>
  z.object({ territoryId: territoryBody(territories).optional(), beneficiaryId: Id, volunteerId: Id }).strict();

/** A pin or ban named in the path (`DELETE …/pins/:beneficiaryId/:volunteerId`: no body on a DELETE). */
export const ConstraintParams = z.object({ promotionId: Id, beneficiaryId: Id, volunteerId: Id });
