import type { Router } from 'express';
import type { ApplicationFactsRepository } from './application-fact.repository';
import { countApplicationsRoutes } from './count-applications/count-applications.routes';

/** The applications context's use cases. */
export function applicationsRoutes(router: Router, repository: ApplicationFactsRepository): void {
  countApplicationsRoutes(router, repository);
}
