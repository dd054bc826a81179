import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../referral.entity';

/** Referrals carry no name of their own (the person's is in the candidate): no `q`. */
export const ListReferralsQuery = listQuery(['createdAt', 'status'], z.string().uuid(), {
  direction: z.enum(REFERRAL_DIRECTIONS).optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  candidateId: z.string().uuid().optional(),
});
export type ListReferralsQuery = z.infer<typeof ListReferralsQuery>;
