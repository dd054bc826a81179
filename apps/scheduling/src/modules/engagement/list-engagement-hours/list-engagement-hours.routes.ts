import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { Id } from '../../meetings/meetings.request';
import type { EngagementDeps } from '../engagement.deps';
import { listEngagementHours } from './list-engagement-hours.handler';

export const CompanyParams = z.object({ companyId: Id });
export const ENGAGEMENT_REACHES = ['all-territories', 'own-territory', 'own-company'] as const;

const EmployeeHoursSchema = apiSchema(
  'EmployeeHours',
  z.object({
    volunteerId: z.string(),
    territoryId: z.string(),
    promotionId: z.string(),
    companyId: z.string(),
    capHours: z.number(),
    heldHours: z.number(),
    plannedHours: z.number(),
    hoursLeft: z.number(),
    bySource: z.object({ training: z.number(), meeting: z.number(), event: z.number() }).describe('planned and held'),
    heldBySource: z
      .object({ training: z.number(), meeting: z.number(), event: z.number() })
      .describe('held only (what the attestation certifies)'),
    trainedOn: z.string().optional(),
  }),
);

export function listEngagementHoursRoutes(router: Router, d: EngagementDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/companies/:companyId/engagement-hours',
      operationId: 'listEngagementHours',
      summary: 'Heures de mécénat de compétences par salarié (RH de l’entreprise)',
      summaryEn: 'Skills-sponsorship hours per employee (company HR)',
      tags: ['mécénat'],
      access: authorize('engagement-hours', 'read', { serves: ENGAGEMENT_REACHES }),
      request: { params: CompanyParams, query: z.object({ promotionId: Id.optional() }) },
      list: true,
      responses: { 200: { description: 'Les salariés / the employees', schema: z.array(EmployeeHoursSchema) } },
    },
    async ({ params, query }, { principal, permission }) =>
      listEngagementHours(d, principal, permission, params.companyId, query.promotionId),
  );
}
