import type { Router } from 'express';
import { inputOf, validate } from '@binome/http-server';
import type { ReferralRepository } from '../../referrals/referral.repository';
import type { CandidateRepository } from '../candidate.repository';
import { applyHandler } from './apply.handler';
import { applyRequest, type ApplyRequest } from './apply.request';

/** Public: anyone may apply (the gateway rate-limits this endpoint). */
export function applyRoutes(
  router: Router,
  repository: CandidateRepository,
  territories: readonly string[],
  onWrite: () => void,
  referrals?: ReferralRepository,
): void {
  router.post('/v1/applications', validate({ body: applyRequest(territories) }), async (req, res) => {
    const candidate = await applyHandler(repository, inputOf<ApplyRequest>(res).body, String(req.id ?? ''), referrals);
    onWrite();
    res.status(201).location(`/v1/candidates/${candidate._id}`).json({ id: candidate._id, status: candidate.status, territoryId: candidate.territoryId });
  });
}
