import type { ReferentKind } from './referent.entity';

/** Where each kind of referent is served, and how it is named in answers and errors. */
export const REFERENT_PATHS: Record<ReferentKind, string> = { konnecteur: '/v1/konnecteurs', koach: '/v1/koachs' };
export const REFERENT_LABELS: Record<ReferentKind, string> = { konnecteur: 'Konnecteur', koach: 'Koach' };
