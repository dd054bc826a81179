import type { Router } from 'express';
import { getMeetingGuideRoutes } from './get-meeting-guide/get-meeting-guide.routes';
import type { GuidesDeps } from './guides.deps';
import { putMeetingGuideRoutes } from './put-meeting-guide/put-meeting-guide.routes';
import { suggestMeetingGuideRoutes } from './suggest-meeting-guide/suggest-meeting-guide.routes';

/** Meeting guides: "what to bring next time", written per territory, suggested per pair. */
export function guidesRoutes(router: Router, d: GuidesDeps): void {
  putMeetingGuideRoutes(router, d);
  getMeetingGuideRoutes(router, d);
  suggestMeetingGuideRoutes(router, d);
}
