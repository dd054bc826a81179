import type { Router } from 'express';
import { enrolVolunteerRoutes } from './enrol-volunteer/enrol-volunteer.routes';
import { eraseVolunteerRoutes } from './erase-volunteer/erase-volunteer.routes';
import { getMyVolunteerProfileRoutes } from './get-my-volunteer-profile/get-my-volunteer-profile.routes';
import { getVolunteerRoutes } from './get-volunteer/get-volunteer.routes';
import { listVolunteersRoutes } from './list-volunteers/list-volunteers.routes';
import { transitionVolunteerRoutes } from './transition-volunteer/transition-volunteer.routes';
import { updateVolunteerRoutes } from './update-volunteer/update-volunteer.routes';
import type { VolunteerReadDeps } from './volunteers.deps';

/** Volunteers: enrol, list, own profile, get, update (PATCH or PUT), lifecycle. `/me` before `/:id`. */
export function volunteersRoutes(router: Router, deps: VolunteerReadDeps, territories: readonly string[]): void {
  enrolVolunteerRoutes(router, deps, territories);
  listVolunteersRoutes(router, deps);
  getMyVolunteerProfileRoutes(router, deps);
  getVolunteerRoutes(router, deps);
  updateVolunteerRoutes(router, deps);
  transitionVolunteerRoutes(router, deps);
  eraseVolunteerRoutes(router, deps);
}
