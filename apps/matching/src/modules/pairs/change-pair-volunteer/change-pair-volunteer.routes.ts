import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { pairView, PairViewSchema } from '../pair.views';
import { PairParams } from '../pairs.request';
import type { PairsDeps } from '../pairs.deps';
import { RULE_CONFLICT_RESPONSE } from '../rule-conflict';
import { changePairVolunteer } from './change-pair-volunteer.handler';
import { ChangeVolunteerRequest } from './change-pair-volunteer.request';

export function changePairVolunteerRoutes(router: Router, d: PairsDeps): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/pairs/:id',
      operationId: 'changePairVolunteer',
      summary: "Changer le salarié volontaire d'un binôme proposé",
      summaryEn: "Change a proposed pair's volunteer",
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PairParams, body: ChangeVolunteerRequest },
      responses: { 200: { description: 'Le binôme modifié / the changed pair', schema: PairViewSchema }, ...RULE_CONFLICT_RESPONSE },
    },
    async ({ params, body }, { principal }) => pairView(await changePairVolunteer(d, principal, params.id, body.volunteerId)),
  );
}
