import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { SurveysDeps } from '../../surveys/surveys.deps';
import { OutcomeView, RecordOutcomeBody } from '../outcomes.request';
import { recordOutcome } from './record-outcome.handler';

export function recordOutcomeRoutes(router: Router, d: SurveysDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/outcomes',
      operationId: 'recordOutcome',
      summary: 'Enregistrer une opportunité ou une sortie (avec sa date et sa preuve)',
      summaryEn: 'Record an opportunity or exit (with its date and evidence)',
      tags: ['outcomes'],
      access: authorize('surveys', 'write', { serves: ['all-territories', 'own-territory', 'own-pairs'] }),
      request: { body: RecordOutcomeBody },
      responses: { 201: { description: 'La sortie / the outcome', schema: OutcomeView } },
    },
    async ({ body }, { principal, permission }) => recordOutcome(d, principal, permission, body),
  );
}
