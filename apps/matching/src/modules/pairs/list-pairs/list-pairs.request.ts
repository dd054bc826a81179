import { z } from 'zod';
import { listQuery } from '@binome/http-server';
import { Id } from '../../proposals/proposals.request';
import { PAIR_STATUSES } from '../pair.entity';

const statusList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(PAIR_STATUSES)).max(PAIR_STATUSES.length));

/** Pairs carry ids only, no natural text: no `q`. */
export const ListPairsQuery = listQuery(['createdAt', 'score', 'status', 'beneficiaryId', 'volunteerId'], Id, {
  status: statusList.optional(),
  beneficiaryId: Id.optional(),
  volunteerId: Id.optional(),
  konnecteurId: Id.optional(),
});
export const PAIR_SORT_PATHS = { score: 'score.total' };
