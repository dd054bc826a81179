import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { Day, Id } from '../surveys.request';

export const ListSurveysQuery = listQuery(['dueOn', 'wave', 'status'], Id, {
  pairId: Id.optional(),
  promotionId: Id.optional(),
  status: z.enum(['due', 'answered', 'cancelled']).optional(),
  wave: z.enum(['T0', 'T3', 'T6', 'T12']).optional(),
  respondent: z.enum(['beneficiary', 'volunteer']).optional(),
  /** Only surveys due on or before this day (what is to collect now: `dueBefore=<today>&status=due`). */
  dueBefore: Day.optional(),
});
