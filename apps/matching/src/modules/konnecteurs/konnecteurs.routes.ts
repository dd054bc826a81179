import type { Router } from 'express';
import { assignKonnecteursRoutes } from './assign-konnecteurs/assign-konnecteurs.routes';
import type { KonnecteursDeps } from './konnecteurs.deps';

/** Konnecteurs of a promotion's confirmed and active pairs. */
export function konnecteursRoutes(router: Router, d: KonnecteursDeps, territories: readonly string[]): void {
  assignKonnecteursRoutes(router, d, territories);
}
