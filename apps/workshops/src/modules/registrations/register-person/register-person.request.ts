import { z } from 'zod';
import { Id } from '../../catalogue/catalogue.request';
import { SEAT_POOLS } from '../../sessions/session.entity';

export const RegisterBody = z
  .object({
    personId: Id.optional().describe("recruitment's candidate or volunteer id; a beneficiary may leave it out (their own)"),
    pool: z
      .enum(SEAT_POOLS)
      .optional()
      .describe("the seat pool: beneficiaries by default; a volunteer registering themselves takes a volunteers' seat"),
  })
  .strict();
export type RegisterBody = z.infer<typeof RegisterBody>;
