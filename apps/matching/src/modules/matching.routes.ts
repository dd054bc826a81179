import type { Router } from 'express';
import type { z } from 'zod';
import { authorize, permissionOf, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { assignPromotionKonnecteurs } from './konnecteurs/konnecteur.handlers';
import type { MatchingDeps } from './matching.deps';
import {
  ChangeVolunteerRequest,
  ConstraintRequest,
  ExplanationQuery,
  KonnecteurAssignmentRequest,
  ListPairsQuery,
  PairParams,
  PromotionParams,
  RunProposalRequest,
  TransitionRequest,
} from './matching.requests';
import { approvePair, changeVolunteer, movePair, rejectPair, rematchDissolved } from './pairs/pair.handlers';
import { pairReach } from './pairs/pair.reach';
import { pairExplanation, pairView } from './pairs/pair.view';
import { changeConstraint, explain, getProposal, runProposal } from './proposals/proposal.handlers';

/** Proposals, constraints, decisions, Konnecteur assignment: writing pairs (staff, services). */
const staff = authorize('pairs', 'write');
/** The pairs themselves: every reach of the matrix (territories, or a participant's own pairs). */
const readers = authorize('pairs', 'read');
/** Whole-cohort views (proposal, explanations with every candidate's scores): territory reaches only. */
const cohortReaders = authorize('pairs', 'read', { serves: TERRITORY_REACHES });

type PromotionP = z.infer<typeof PromotionParams>;
type PairP = z.infer<typeof PairParams>;

export function matchingRoutes(router: Router, d: MatchingDeps, territories: readonly string[]): void {
  const runBody = RunProposalRequest(territories);
  const constraintBody = ConstraintRequest(territories);
  const konnecteurBody = KonnecteurAssignmentRequest(territories);

  router.post('/v1/promotions/:promotionId/proposals', staff, validate({ params: PromotionParams, body: runBody }), async (_req, res) => {
    const { params, body } = inputOf<z.infer<typeof runBody>, unknown, PromotionP>(res);
    const result = await runProposal(d, principalOf(res), body.territoryId, params.promotionId);
    res.status(201).location(`/v1/promotions/${params.promotionId}/proposal`).json(result);
  });

  router.get('/v1/promotions/:promotionId/proposal', cohortReaders, validate({ params: PromotionParams }), async (_req, res) => {
    const { params } = inputOf<unknown, unknown, PromotionP>(res);
    res.json(await getProposal(d, principalOf(res), params.promotionId));
  });

  for (const kind of ['pin', 'ban'] as const) {
    const path = `/v1/promotions/:promotionId/${kind}s`;
    router.post(path, staff, validate({ params: PromotionParams, body: constraintBody }), async (_req, res) => {
      const { params, body } = inputOf<z.infer<typeof constraintBody>, unknown, PromotionP>(res);
      const ref = { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId };
      res.status(201).json(await changeConstraint(d, principalOf(res), kind, 'add', params.promotionId, ref, body.territoryId));
    });
    router.delete(path, staff, validate({ params: PromotionParams, body: constraintBody }), async (_req, res) => {
      const { params, body } = inputOf<z.infer<typeof constraintBody>, unknown, PromotionP>(res);
      const ref = { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId };
      res.json(await changeConstraint(d, principalOf(res), kind, 'remove', params.promotionId, ref, body.territoryId));
    });
  }

  router.get('/v1/promotions/:promotionId/pairs', readers, validate({ params: PromotionParams, query: ListPairsQuery }), async (_req, res) => {
    const { params, query } = inputOf<unknown, z.infer<typeof ListPairsQuery>, PromotionP>(res);
    const reach = await pairReach(d, principalOf(res), permissionOf(res), params.promotionId);
    if (!reach) {
      res.setHeader('X-Total-Count', '0');
      res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
      res.json([]);
      return;
    }
    const { items, total } = await d.pairs.list(
      reach.scope,
      { promotionId: params.promotionId, statuses: query.status, beneficiaryId: query.beneficiaryId, volunteerId: query.volunteerId, konnecteurId: query.konnecteurId },
      { page: query.page, perPage: query.perPage, sort: query.sort, order: query.order },
      reach.filter,
    );
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items.map(pairView));
  });

  router.get('/v1/promotions/:promotionId/explanations', cohortReaders, validate({ params: PromotionParams, query: ExplanationQuery }), async (_req, res) => {
    const { params, query } = inputOf<unknown, z.infer<typeof ExplanationQuery>, PromotionP>(res);
    res.json(await explain(d, principalOf(res), params.promotionId, query.beneficiaryId, query.volunteerId));
  });

  router.post(
    '/v1/promotions/:promotionId/konnecteur-assignment',
    staff,
    validate({ params: PromotionParams, body: konnecteurBody }),
    async (_req, res) => {
      const { params, body } = inputOf<z.infer<typeof konnecteurBody>, unknown, PromotionP>(res);
      res.json(await assignPromotionKonnecteurs(d, principalOf(res), body.territoryId, params.promotionId, body.konnecteurs));
    },
  );

  router.get('/v1/pairs/:id', readers, validate({ params: PairParams }), async (_req, res) => {
    const { params } = inputOf<unknown, unknown, PairP>(res);
    const principal = principalOf(res);
    const found = await d.pairs.findById(principal.scope, params.id);
    const reach = found ? await pairReach(d, principal, permissionOf(res), found.promotionId) : undefined;
    const pair = reach ? await d.pairs.findById(reach.scope, params.id, reach.filter) : null;
    if (!pair) throw notFound('Pair');
    res.json({ ...pairView(pair), explanation: pairExplanation(pair) });
  });

  router.post('/v1/pairs/:id/approve', staff, validate({ params: PairParams }), async (_req, res) => {
    res.json(pairView(await approvePair(d, principalOf(res), inputOf<unknown, unknown, PairP>(res).params.id)));
  });

  router.post('/v1/pairs/:id/reject', staff, validate({ params: PairParams }), async (_req, res) => {
    res.json(pairView(await rejectPair(d, principalOf(res), inputOf<unknown, unknown, PairP>(res).params.id)));
  });

  router.patch('/v1/pairs/:id', staff, validate({ params: PairParams, body: ChangeVolunteerRequest }), async (_req, res) => {
    const { params, body } = inputOf<z.infer<typeof ChangeVolunteerRequest>, unknown, PairP>(res);
    res.json(pairView(await changeVolunteer(d, principalOf(res), params.id, body.volunteerId)));
  });

  router.post('/v1/pairs/:id/transitions', staff, validate({ params: PairParams, body: TransitionRequest }), async (_req, res) => {
    const { params, body } = inputOf<z.infer<typeof TransitionRequest>, unknown, PairP>(res);
    const dissolution = body.reason ? { reason: body.reason, ...(body.note ? { note: body.note } : {}) } : undefined;
    res.json(pairView(await movePair(d, principalOf(res), params.id, body.to, dissolution)));
  });

  router.post('/v1/pairs/:id/rematch', staff, validate({ params: PairParams }), async (_req, res) => {
    const pair = await rematchDissolved(d, principalOf(res), inputOf<unknown, unknown, PairP>(res).params.id);
    res.status(201).location(`/v1/pairs/${pair._id}`).json(pairView(pair));
  });
}
