import type { Router } from 'express';
import type { SessionsDeps } from '../sessions/sessions.deps';
import { cancelRegistrationRoutes } from './cancel-registration/cancel-registration.routes';
import { registerPersonRoutes } from './register-person/register-person.routes';

/** Seats and the waitlist of a session (registrations live in their session's document). */
export function registrationsRoutes(router: Router, d: SessionsDeps): void {
  registerPersonRoutes(router, d);
  cancelRegistrationRoutes(router, d);
}
