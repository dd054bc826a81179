import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pagingOf, reply, route } from '@binome/http-server';
import { assignPromotionKonnecteurs } from './konnecteurs/konnecteur.handlers';
import type { MatchingDeps } from './matching.deps';
import {
  ChangeVolunteerRequest,
  ConstraintParams,
  ConstraintRequest,
  ExplanationQuery,
  KonnecteurAssignmentRequest,
  ListPairsQuery,
  PAIR_SORT_PATHS,
  PairParams,
  PromotionParams,
  RunProposalRequest,
  TransitionRequest,
} from './matching.requests';
import { approvePair, changeVolunteer, movePair, rejectPair, rematchDissolved } from './pairs/pair.handlers';
import { pairReach } from './pairs/pair.reach';
import { PairDetailSchema, pairExplanation, pairView, PairViewSchema } from './pairs/pair.views';
import { changeConstraint, explain, getProposal, runProposal } from './proposals/proposal.handlers';

/** Proposals, constraints, decisions, Konnecteur assignment: writing pairs (staff, services). */
const staff = authorize('pairs', 'write');
/** The pairs themselves: every reach of the matrix (territories, or a participant's own pairs). */
const readers = authorize('pairs', 'read');
/** Whole-cohort views (proposal, explanations with every candidate's scores): territory reaches only. */
const cohortReaders = authorize('pairs', 'read', { serves: TERRITORY_REACHES });

const tags = ['appariement'];
const RULE_409 = { 409: { description: 'Règle ou état refusant la décision, nommé dans `rule` / a rule or state refusing the decision, named in `rule`' } };
const KIND = { pin: { fr: 'une paire imposée', en: 'a pin', Fr: 'Paire imposée', En: 'Pin' }, ban: { fr: 'une paire interdite', en: 'a ban', Fr: 'Paire interdite', En: 'Ban' } };

export function matchingRoutes(router: Router, d: MatchingDeps, territories: readonly string[]): void {
  const constraintBody = ConstraintRequest(territories);

  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/proposals',
      operationId: 'runProposal',
      summary: "Proposer les binômes de toute la promotion (affectation optimale)",
      summaryEn: 'Propose the pairs of the whole promotion (optimal assignment)',
      tags,
      access: staff,
      request: { params: PromotionParams, body: RunProposalRequest(territories) },
      responses: { 201: { description: 'La proposition / the proposal' }, 503: { description: 'Recrutement injoignable / recruitment unreachable' } },
    },
    async ({ params, body }, { principal }) =>
      reply({
        status: 201,
        body: await runProposal(d, principal, body.territoryId, params.promotionId),
        location: `/v1/promotions/${params.promotionId}/proposal`,
      }),
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:promotionId/proposal',
      operationId: 'getProposal',
      summary: "La dernière proposition d'une promotion, avec paires imposées et interdites",
      summaryEn: "A promotion's latest proposal, with pins and bans",
      tags,
      access: cohortReaders,
      request: { params: PromotionParams },
      responses: { 200: { description: 'La proposition / the proposal' } },
    },
    async ({ params }, { principal }) => getProposal(d, principal, params.promotionId),
  );

  for (const kind of ['pin', 'ban'] as const) {
    const k = KIND[kind];
    route(
      router,
      {
        method: 'post',
        path: `/v1/promotions/:promotionId/${kind}s`,
        operationId: `add${k.En}`,
        summary: `Ajouter ${k.fr}`,
        summaryEn: `Add ${k.en}`,
        tags,
        access: staff,
        request: { params: PromotionParams, body: constraintBody },
        responses: { 201: { description: 'La proposition mise à jour / the updated proposal' } },
      },
      async ({ params, body }, { principal }) =>
        changeConstraint(d, principal, kind, 'add', params.promotionId, { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId }, body.territoryId),
    );
    route(
      router,
      {
        method: 'delete',
        path: `/v1/promotions/:promotionId/${kind}s/:beneficiaryId/:volunteerId`,
        operationId: `remove${k.En}`,
        summary: `Retirer ${k.fr}`,
        summaryEn: `Remove ${k.en}`,
        tags,
        access: staff,
        request: { params: ConstraintParams },
        responses: { 200: { description: 'La proposition mise à jour / the updated proposal' } },
      },
      async ({ params }, { principal }) =>
        changeConstraint(d, principal, kind, 'remove', params.promotionId, { beneficiaryId: params.beneficiaryId, volunteerId: params.volunteerId }),
    );
    route(
      router,
      {
        method: 'delete',
        path: `/v1/promotions/:promotionId/${kind}s`,
        operationId: `remove${k.En}WithBody`,
        summary: `Retirer ${k.fr} (corps JSON ; obsolète : utiliser …/${kind}s/{beneficiaryId}/{volunteerId})`,
        summaryEn: `Remove ${k.en} (JSON body; deprecated: use …/${kind}s/{beneficiaryId}/{volunteerId})`,
        tags,
        access: staff,
        request: { params: PromotionParams, body: constraintBody },
        responses: { 200: { description: 'La proposition mise à jour / the updated proposal' } },
        deprecated: true,
      },
      async ({ params, body }, { principal }) =>
        changeConstraint(d, principal, kind, 'remove', params.promotionId, { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId }, body.territoryId),
    );
  }

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
      method: 'get',
      path: '/v1/promotions/:promotionId/explanations',
      operationId: 'explainPair',
      summary: 'Pourquoi pas ce salarié volontaire ? La règle, ou le coût pour la promotion',
      summaryEn: 'Why not this volunteer? The rule, or the cost to the cohort',
      tags,
      access: cohortReaders,
      request: { params: PromotionParams, query: ExplanationQuery },
      responses: { 200: { description: "L'explication / the explanation" } },
    },
    async ({ params, query }, { principal }) => explain(d, principal, params.promotionId, query.beneficiaryId, query.volunteerId),
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
