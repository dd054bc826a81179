import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pagingOf, reply, route } from '@binome/http-server';
import { assignPromotionKonnecteurs } from './konnecteurs/konnecteur.handlers';
import type { MatchingDeps } from './matching.deps';
import { ChangeVolunteerRequest, KonnecteurAssignmentRequest, ListPairsQuery, PAIR_SORT_PATHS, PairParams, TransitionRequest } from './matching.requests';
import { approvePair, changeVolunteer, movePair, rejectPair, rematchDissolved } from './pairs/pair.handlers';
import { pairReach } from './pairs/pair.reach';
import { PairDetailSchema, pairExplanation, pairView, PairViewSchema } from './pairs/pair.views';
import { PromotionParams } from './proposals/proposals.request';

/** Proposals, constraints, decisions, Konnecteur assignment: writing pairs (staff, services). */
const staff = authorize('pairs', 'write');
/** The pairs themselves: every reach of the matrix (territories, or a participant's own pairs). */
const readers = authorize('pairs', 'read');

const tags = ['appariement'];
const RULE_409 = { 409: { description: 'Règle ou état refusant la décision, nommé dans `rule` / a rule or state refusing the decision, named in `rule`' } };

export function matchingRoutes(router: Router, d: MatchingDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:promotionId/pairs',
      operationId: 'listPairs',
      summary: "Lister les binômes d'une promotion",
      summaryEn: "List a promotion's pairs",
      description: 'Filtres / filters: `status` (liste séparée par des virgules / comma-separated), `beneficiaryId`, `volunteerId`, `konnecteurId`, `id` (getMany).',
      tags,
      access: readers,
      request: { params: PromotionParams, query: ListPairsQuery },
      responses: { 200: { description: 'Une page de binômes / a page of pairs', schema: PairViewSchema } },
      list: true,
    },
    async ({ params, query }, { principal, permission }) => {
      const reach = await pairReach(d, principal, permission, params.promotionId);
      if (!reach) return { items: [], total: 0 };
      const { items, total } = await d.pairs.list(
        reach.scope,
        { ids: query.id, promotionId: params.promotionId, statuses: query.status, beneficiaryId: query.beneficiaryId, volunteerId: query.volunteerId, konnecteurId: query.konnecteurId },
        pagingOf(query, { createdAt: 1 }, PAIR_SORT_PATHS),
        reach.filter,
      );
      return { items: items.map(pairView), total };
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/konnecteur-assignment',
      operationId: 'assignKonnecteurs',
      summary: 'Attribuer un Konnecteur à chaque binôme confirmé ou actif',
      summaryEn: 'Give every confirmed or active pair a Konnecteur',
      tags,
      access: staff,
      request: { params: PromotionParams, body: KonnecteurAssignmentRequest(territories) },
      responses: { 200: { description: "L'attribution / the assignment" } },
    },
    async ({ params, body }, { principal }) => assignPromotionKonnecteurs(d, principal, body.territoryId, params.promotionId, body.konnecteurs),
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:id',
      operationId: 'getPair',
      summary: 'Lire un binôme, avec son explication',
      summaryEn: 'Read a pair, with its explanation',
      tags,
      access: readers,
      request: { params: PairParams },
      responses: { 200: { description: 'Le binôme / the pair', schema: PairDetailSchema } },
    },
    async ({ params }, { principal, permission }) => {
      const found = await d.pairs.findById(principal.scope, params.id);
      const reach = found ? await pairReach(d, principal, permission, found.promotionId) : undefined;
      const pair = reach ? await d.pairs.findById(reach.scope, params.id, reach.filter) : null;
      if (!pair) throw notFound('Pair');
      return { ...pairView(pair), explanation: pairExplanation(pair) };
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/approve',
      operationId: 'approvePair',
      summary: 'Approuver un binôme proposé (règles revérifiées)',
      summaryEn: 'Approve a proposed pair (rules checked again)',
      tags,
      access: staff,
      request: { params: PairParams },
      responses: { 200: { description: 'Le binôme confirmé / the confirmed pair', schema: PairViewSchema }, ...RULE_409 },
    },
    async ({ params }, { principal }) => pairView(await approvePair(d, principal, params.id)),
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/reject',
      operationId: 'rejectPair',
      summary: 'Rejeter un binôme proposé (et l’interdire)',
      summaryEn: 'Reject a proposed pair (and ban it)',
      tags,
      access: staff,
      request: { params: PairParams },
      responses: { 200: { description: 'Le binôme retiré / the withdrawn pair', schema: PairViewSchema }, ...RULE_409 },
    },
    async ({ params }, { principal }) => pairView(await rejectPair(d, principal, params.id)),
  );

  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/pairs/:id',
      operationId: 'changePairVolunteer',
      summary: "Changer le salarié volontaire d'un binôme proposé",
      summaryEn: "Change a proposed pair's volunteer",
      tags,
      access: staff,
      request: { params: PairParams, body: ChangeVolunteerRequest },
      responses: { 200: { description: 'Le binôme modifié / the changed pair', schema: PairViewSchema }, ...RULE_409 },
    },
    async ({ params, body }, { principal }) => pairView(await changeVolunteer(d, principal, params.id, body.volunteerId)),
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/transitions',
      operationId: 'transitionPair',
      summary: 'Faire avancer un binôme (confirmé → actif → terminé, dissous)',
      summaryEn: 'Move a pair on (confirmed → active → completed, dissolved)',
      tags,
      access: staff,
      request: { params: PairParams, body: TransitionRequest },
      responses: { 200: { description: 'Le binôme / the pair', schema: PairViewSchema }, 409: { description: 'Transition interdite / illegal transition' } },
    },
    async ({ params, body }, { principal }) => {
      const dissolution = body.reason ? { reason: body.reason, ...(body.note ? { note: body.note } : {}) } : undefined;
      return pairView(await movePair(d, principal, params.id, body.to, dissolution));
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/pairs/:id/rematch',
      operationId: 'rematchPair',
      summary: 'Proposer un nouveau salarié volontaire au bénéficiaire d’un binôme dissous',
      summaryEn: "Propose a new volunteer for a dissolved pair's beneficiary",
      tags,
      access: staff,
      request: { params: PairParams },
      responses: { 201: { description: 'Le nouveau binôme proposé / the new proposed pair', schema: PairViewSchema }, ...RULE_409 },
    },
    async ({ params }, { principal }) => {
      const pair = await rematchDissolved(d, principal, params.id);
      return reply({ status: 201, body: pairView(pair), location: `/v1/pairs/${pair._id}` });
    },
  );
}
