import type { Resource as MatrixResource } from '@binome/auth/browser';

/**
 * Where each console resource lives behind the gateway, and which cell of the role matrix guards
 * it. Nested collections (a promotion's pairs, a pair's meetings) are lists under their parent:
 * the data provider takes the parent from the list's filter (`promotionId`, `pairId`).
 */
export interface ResourceRoute {
  service: string;
  /** The collection (`GET` list, `POST` create, `GET/PATCH …/{id}`). */
  path: string;
  matrix: MatrixResource;
  /** For a list that only exists under a parent: the filter naming it and the parent's path. */
  parent?: { filter: string; path: (parentId: string) => string };
  /** Where a record is created when it is not `POST <path>` (a candidate applies). */
  createPath?: string;
  /** How a record is changed; `false` when the service has no update route. */
  update?: 'PATCH' | 'POST' | false;
  /** Where a change is sent when it is not the record itself (a library item's edit is a new version). */
  updatePath?: (id: string) => string;
  /** The single record, when it is not `<path>/{id}`. */
  recordPath?: (id: string) => string;
  /** No GET of one record: getOne answers from the list (its filter must find it). */
  noRecord?: boolean;
  /** With `noRecord`: the list finds one record by `id=<id>` (react-admin's getMany parameter), so no filter is needed. */
  listById?: boolean;
}

export const RESOURCE_ROUTES = {
  promotions: { service: 'recruitment', path: '/v1/promotions', matrix: 'promotions', update: false },
  candidates: { service: 'recruitment', path: '/v1/candidates', matrix: 'candidates', createPath: '/v1/applications', update: false },
  volunteers: { service: 'recruitment', path: '/v1/volunteers', matrix: 'volunteers', update: 'PATCH' },
  konnecteurs: { service: 'recruitment', path: '/v1/konnecteurs', matrix: 'volunteers', update: 'PATCH' },
  koachs: { service: 'recruitment', path: '/v1/koachs', matrix: 'volunteers', update: 'PATCH' },
  'partner-companies': { service: 'recruitment', path: '/v1/partner-companies', matrix: 'organisations', update: 'PATCH' },
  'partner-organisations': { service: 'recruitment', path: '/v1/partner-organisations', matrix: 'organisations', update: 'PATCH' },
  referrals: { service: 'recruitment', path: '/v1/referrals', matrix: 'referrals', update: false },
  pairs: {
    service: 'matching',
    path: '/v1/pairs',
    matrix: 'pairs',
    update: 'PATCH',
    parent: { filter: 'promotionId', path: (id) => `/v1/promotions/${encodeURIComponent(id)}/pairs` },
  },
  meetings: {
    service: 'scheduling',
    path: '/v1/meetings',
    matrix: 'meetings',
    update: false,
    noRecord: true,
    parent: { filter: 'pairId', path: (id) => `/v1/pairs/${encodeURIComponent(id)}/meetings` },
  },
  triage: { service: 'scheduling', path: '/v1/triage', matrix: 'meetings', update: false, noRecord: true },
  workshops: { service: 'workshops', path: '/v1/workshops', matrix: 'workshops', update: 'PATCH' },
  sessions: { service: 'workshops', path: '/v1/sessions', matrix: 'workshops', update: 'PATCH' },
  'library-resources': {
    service: 'resources',
    path: '/v1/resources',
    matrix: 'resources',
    update: 'POST',
    updatePath: (id) => `/v1/resources/${encodeURIComponent(id)}/versions`,
  },
  'training-modules': { service: 'resources', path: '/v1/training-modules', matrix: 'resources', update: false },
  badges: { service: 'resources', path: '/v1/badges', matrix: 'resources', update: false },
  // A survey is "edited" once: its answers (`POST …/answers`, checked against its questionnaire).
  surveys: {
    service: 'impact',
    path: '/v1/surveys',
    matrix: 'surveys',
    update: 'POST',
    updatePath: (id) => `/v1/surveys/${encodeURIComponent(id)}/answers`,
    noRecord: true,
    listById: true,
  },
  outcomes: { service: 'impact', path: '/v1/outcomes', matrix: 'surveys', update: false, noRecord: true },
  'volunteer-interests': { service: 'recruitment', path: '/v1/volunteer-interests', matrix: 'volunteers', update: false },
} as const satisfies Record<string, ResourceRoute>;

export type ConsoleResource = keyof typeof RESOURCE_ROUTES;

/**
 * Collections read only as the choices of a form's reference input (a session's facilitators):
 * no screen, no menu entry, so they stay out of the permissions the menu is built from.
 */
export const REFERENCE_ROUTES: Record<string, ResourceRoute> = {
  facilitators: { service: 'workshops', path: '/v1/facilitators', matrix: 'workshops', update: false },
};

export function routeOf(resource: string): ResourceRoute {
  const route = (RESOURCE_ROUTES as Record<string, ResourceRoute>)[resource] ?? REFERENCE_ROUTES[resource];
  if (!route) throw new Error(`Unknown resource ${resource}`);
  return route;
}
