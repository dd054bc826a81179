import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { GuidesDeps } from '../guides.deps';
import { GuideTerritoryParams } from '../guides.request';
import { guideView, MeetingGuideViewSchema } from '../meeting-guide.views';
import { getMeetingGuide } from './get-meeting-guide.handler';

export function getMeetingGuideRoutes(router: Router, d: GuidesDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/territories/:territoryId/meeting-guide',
      operationId: 'getMeetingGuide',
      summary: 'Le guide « quoi apporter la prochaine fois » du territoire',
      summaryEn: 'The territory’s "what to bring next time" guide',
      tags: ['guides'],
      access: authorize('resources', 'read'),
      request: { params: GuideTerritoryParams },
      responses: { 200: { description: 'Le guide / the guide', schema: MeetingGuideViewSchema } },
    },
    async ({ params }, { principal, permission }) => guideView(await getMeetingGuide(d, principal, permission, params.territoryId)),
  );
}
