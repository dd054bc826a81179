import { z } from 'zod';
import { Id } from '../../catalogue/catalogue.request';
import { SEAT_POOLS } from '../../sessions/session.entity';

export const RegisterBody = z
  .object({
    personId: Id.optional().describe("recruitment's candidate or volunteer id; a beneficiary may leave it out (their own)"),
    pool: z.enum(SEAT_POOLS).default('beneficiaries'),
  })
  .strict();
export type RegisterBody = z.infer<typeof RegisterBody>;
