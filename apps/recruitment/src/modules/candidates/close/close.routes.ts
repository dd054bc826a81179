import type { Router } from 'express';
import { authorize, permissionOf, principalOf } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { CandidateIdParams } from '../intake.request';
import type { IntakeDeps } from '../intake.shared';
import { partnerViewOf } from '../../referrals/referral.entity';
import { candidateReach, candidateSelfViewOf, candidateViewKind } from '../candidate.reach';
import { closeCandidate } from './close.handler';
import { CloseRequest } from './close.request';

/**
 * Answers staff the candidate plus `nextOnWaitlist` (who can take the freed seat, or null). Staff close any
 * candidate of their territories; a beneficiary (`self`) withdraws their own application only, and
 * gets their self view back.
 */
export function closeRoutes(router: Router, deps: IntakeDeps): void {
  router.post(
    '/v1/candidates/:id/close',
    authorize('candidates', 'write', { serves: ['all-territories', 'own-territory', 'self'] }),
    validate({ params: CandidateIdParams, body: CloseRequest }),
    async (req, res) => {
      const { params, body } = inputOf<CloseRequest, unknown, CandidateIdParams>(res);
      const reach = candidateReach(principalOf(res), permissionOf(res));
      if (!reach || !(await deps.candidates.findById(reach.scope, params.id, reach.filter))) throw notFound('Candidate');
      const { candidate, nextOnWaitlist } = await closeCandidate(deps, { principal: principalOf(res), correlationId: String(req.id ?? '') }, params.id, body);
      deps.onWrite();
      if (candidateViewKind(principalOf(res), reach, candidate) === 'staff') {
        res.json({ ...candidate, nextOnWaitlist });
        return;
      }
      // The person's own withdrawal: their self view, not the staff record nor who is next in line.
      const { items } = await deps.referrals.list({ kind: 'some', territories: [candidate.territoryId] }, { candidateId: candidate._id, page: 1, perPage: 50 });
      res.json(candidateSelfViewOf(candidate, { referrals: items.map(partnerViewOf) }));
    },
  );
}
