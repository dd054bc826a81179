import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { PairIdParams } from '../../meetings/meetings.request';
import { getPairLedger } from './get-pair-ledger.handler';

const LedgerSchema = apiSchema(
  'VolunteerLedger',
  z.object({
    pairId: z.string(),
    volunteerId: z.string(),
    capHours: z.number(),
    plannedHours: z.number(),
    heldHours: z.number(),
    hoursLeft: z.number(),
    bySource: z.object({ training: z.number(), meeting: z.number(), event: z.number() }).describe('hours planned or held by source'),
    forecast: z.object({
      plan: z.object({ trainingDays: z.number(), meetings: z.number(), meetingMinutes: z.number(), rexEveningHours: z.number() }),
      plannedHours: z.number(),
      capHours: z.number(),
      fits: z.boolean(),
      overByHours: z.number(),
      message: z.string(),
    }),
  }),
);

export function getPairLedgerRoutes(router: Router, d: MeetingsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/pairs/:pairId/ledger',
      operationId: 'getPairLedger',
      summary: 'Le temps du bénévole du binôme, contre son plafond (3,5 jours par défaut)',
      summaryEn: "The pair's volunteer's time against the cap (3.5 days by default)",
      tags: ['rencontres'],
      access: authorize('meetings', 'read'),
      request: { params: PairIdParams },
      responses: { 200: { description: 'Le décompte / the ledger', schema: LedgerSchema } },
    },
    async ({ params }, { principal, permission }) => getPairLedger(d, principal, permission, params.pairId),
  );
}
