import type { Router } from 'express';
import { downloadAttestationRoutes } from './download-attestation/download-attestation.routes';
import type { EngagementDeps } from './engagement.deps';
import { listEngagementHoursRoutes } from './list-engagement-hours/list-engagement-hours.routes';

/** Company HR: hours per employee and the attestation PDF. */
export function engagementRoutes(router: Router, d: EngagementDeps): void {
  listEngagementHoursRoutes(router, d);
  downloadAttestationRoutes(router, d);
}
