import { z } from 'zod';
import type { Filter, TenantScope } from '@binome/persistence';
import { checkWindow, idsFilter, idsShape, pagingShape, prefixSearch, searchShape, type Paging } from '@binome/http-server';
import { slug } from '../shared/value-formats';
import { CANDIDATE_STATUSES, type Candidate, type CandidateStatus } from './candidate.entity';
import type { CandidateRepository } from './candidate.repository';

/** Filters of the console's candidate list and of the candidates CSV export. */
export const candidateFilterShape = {
  status: z.enum(CANDIDATE_STATUSES).optional(),
  territoryId: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  promotionId: z.string().uuid().optional(),
  sector: z.string().trim().min(1).max(100).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code')
    .optional(),
  /** The referring partner organisation (`referringPartnerId`). */
  partner: slug.optional(),
};
export type CandidateFilter = {
  /** getMany. */
  id?: readonly string[];
  /** A prefix of the first or last name. */
  q?: string;
  status?: CandidateStatus;
  territoryId?: string;
  promotionId?: string;
  sector?: string;
  language?: string;
  partner?: string;
};

export const CANDIDATE_SORTS = ['id', 'appliedAt', 'status', 'lastName', 'frenchLevel'] as const;
export const CANDIDATE_SORT_PATHS = { lastName: 'identity.lastName' };

export const ListCandidatesQuery = z
  .object({ ...candidateFilterShape, ...pagingShape(CANDIDATE_SORTS), ...idsShape(z.string().uuid()), ...searchShape })
  .strict()
  .superRefine(checkWindow);
export type ListCandidatesQuery = z.infer<typeof ListCandidatesQuery>;

export function candidateFilter(f: CandidateFilter): Filter<Candidate> {
  return {
    ...idsFilter(f.id),
    ...prefixSearch(f.q, ['identity.lastName', 'identity.firstName']),
    ...(f.status ? { status: f.status } : {}),
    ...(f.territoryId ? { territoryId: f.territoryId } : {}),
    ...(f.promotionId ? { promotionId: f.promotionId } : {}),
    ...(f.sector ? { 'target.sector': f.sector } : {}),
    ...(f.language ? { 'languages.language': f.language } : {}),
    ...(f.partner ? { referringPartnerId: f.partner } : {}),
  } as Filter<Candidate>;
}

/** Search within a tenant scope; `extra` is the reach's filter. */
export async function searchCandidates(
  repository: CandidateRepository,
  scope: TenantScope,
  f: CandidateFilter,
  paging: Paging,
  extra: Filter<Candidate> = {},
) {
  return repository.findPage(scope, candidateFilter(f), paging, extra);
}

/** Every match up to `max`, for exports (none when there are more: the caller asks to narrow). */
export async function allCandidates(repository: CandidateRepository, scope: TenantScope, f: CandidateFilter, max: number) {
  return repository.all(scope, candidateFilter(f), { appliedAt: 1 }, max);
}
