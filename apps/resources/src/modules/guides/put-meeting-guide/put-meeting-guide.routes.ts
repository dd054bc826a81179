import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { GuidesDeps } from '../guides.deps';
import { GuideTerritoryParams } from '../guides.request';
import { guideView, MeetingGuideViewSchema } from '../meeting-guide.views';
import { putMeetingGuide } from './put-meeting-guide.handler';
import { PutMeetingGuideBody } from './put-meeting-guide.request';

export function putMeetingGuideRoutes(router: Router, d: GuidesDeps): void {
  route(
    router,
    {
      method: ['put', 'patch'],
      path: '/v1/territories/:territoryId/meeting-guide',
      operationId: 'putMeetingGuide',
      summary: 'Écrire le guide « quoi apporter la prochaine fois » du territoire',
      summaryEn: 'Write the territory’s "what to bring next time" guide',
      tags: ['guides'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { params: GuideTerritoryParams, body: PutMeetingGuideBody },
      responses: { 200: { description: 'Le guide / the guide', schema: MeetingGuideViewSchema } },
    },
    async ({ params, body }, { principal, permission }) =>
      guideView(await putMeetingGuide(d, principal, permission, params.territoryId, body)),
  );
}
