import type { Router } from 'express';
import type { CandidateRepository } from '../candidates/candidate.repository';
import type { VolunteerDeps } from '../volunteers/volunteers.deps';
import { exportCandidatesRoutes } from './export-candidates/export-candidates.routes';
import { exportVolunteersRoutes } from './export-volunteers/export-volunteers.routes';
import { importCandidatesRoutes } from './import-candidates/import-candidates.routes';
import { importVolunteersRoutes } from './import-volunteers/import-volunteers.routes';

/** CSV imports (all-or-nothing) and exports of candidates and volunteers, for partners' spreadsheets. */
export function peopleImportRoutes(
  router: Router,
  candidates: CandidateRepository,
  volunteerDeps: VolunteerDeps,
  territories: readonly string[],
): void {
  importCandidatesRoutes(router, candidates, territories);
  importVolunteersRoutes(router, volunteerDeps, territories);
  exportCandidatesRoutes(router, candidates);
  exportVolunteersRoutes(router, volunteerDeps.volunteers);
}
