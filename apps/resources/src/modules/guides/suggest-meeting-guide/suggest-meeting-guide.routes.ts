import type { Router } from 'express';
import { assertTerritory, authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { GuidesDeps } from '../guides.deps';
import { SuggestionSchema } from '../meeting-guide.views';
import { suggestMeetingGuide } from './suggest-meeting-guide.handler';
import { SuggestMeetingGuideQuery } from './suggest-meeting-guide.request';

export function suggestMeetingGuideRoutes(router: Router, d: GuidesDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/meeting-guides/suggestion',
      operationId: 'suggestMeetingGuide',
      summary: 'Quoi apporter à la prochaine rencontre (selon l’étape et les besoins)',
      summaryEn: 'What to bring to the next meeting (by stage and needs)',
      description:
        'Les besoins donnés, et, avec `beneficiaryId` (équipe seulement), ceux de l’entretien d’admission, des questionnaires T0 et des ateliers suivis. / The needs given and, with `beneficiaryId` (staff only), those of the intake, the T0 survey and the workshops attended.',
      tags: ['guides'],
      access: authorize('resources', 'read'),
      request: { query: SuggestMeetingGuideQuery },
      responses: { 200: { description: 'L’ordre du jour suggéré / the suggested agenda', schema: SuggestionSchema } },
    },
    async ({ query }, { principal }) => {
      assertTerritory(principal, query.territoryId);
      return suggestMeetingGuide(d, principal, { ...query, needs: query.needs ?? [] }, 'query.beneficiaryId');
    },
  );
}
