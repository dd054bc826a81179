import type { RequestHandler } from 'express';
import { forbidden } from '@binome/errors';
import { can, principalOf, type Action, type Resource } from '@binome/auth';

interface RouteRule {
  service: string;
  path: RegExp;
  resource: Resource;
}

/**
 * Coarse checks at the edge, from the role matrix (`@binome/auth` permissions): a principal with no
 * access at all to a resource is stopped here. The owning service still decides with its own scope
 * rule (territory, pairs, company…); paths not listed pass to the service, which checks them.
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  {
    service: 'recruitment',
    path: /^\/v1\/(candidates|applications|imports\/candidates|exports\/candidates\.csv)(\/|$)/,
    resource: 'candidates',
  },
  { service: 'recruitment', path: /^\/v1\/promotions(\/|$)/, resource: 'promotions' },
  {
    service: 'recruitment',
    path: /^\/v1\/(volunteers|volunteer-interests|konnecteurs|koachs|imports\/volunteers|exports\/volunteers\.csv)(\/|$)/,
    resource: 'volunteers',
  },
  {
    service: 'recruitment',
    path: /^\/v1\/(organisations|partner-organisations|partner-companies|companies)(\/|$)/,
    resource: 'organisations',
  },
  { service: 'recruitment', path: /^\/v1\/referrals(\/|$)/, resource: 'referrals' },
  { service: 'matching', path: /^\/v1\/pairs(\/|$)/, resource: 'pairs' },
  // Pins and bans are removed at `…/pins|bans/:beneficiaryId/:volunteerId`.
  {
    service: 'matching',
    path: /^\/v1\/promotions\/[^/]+\/(proposals?|pairs|explanations|konnecteur-assignment|(pins|bans)(\/[^/]+\/[^/]+)?)$/,
    resource: 'pairs',
  },
  { service: 'matching', path: /^\/v1\/territories\/[^/]+\/scoring-weights$/, resource: 'pairs' },
  { service: 'scheduling', path: /^\/v1\/(pairs|meetings|triage)(\/|$)/, resource: 'meetings' },
  { service: 'workshops', path: /^\/v1\/(workshops|sessions|facilitators|beneficiaries|people)(\/|$)/, resource: 'workshops' },
  {
    service: 'scheduling',
    path: /^\/v1\/(calendar-events(\/|$)|promotions\/[^/]+\/calendar-(events|feed)$|territories\/[^/]+\/konnecteurs\/[^/]+\/contact$)/,
    resource: 'meetings',
  },
  {
    service: 'scheduling',
    path: /^\/v1\/companies\/[^/]+\/(engagement-hours|volunteers\/[^/]+\/attestation\.pdf)$/,
    resource: 'engagement-hours',
  },
  // The library, training, badges, the badge signing keys and meeting guides; `/v1/public/…` (badge verification) is the edge's public pass-through.
  {
    service: 'resources',
    path: /^\/v1\/(resources|training-modules|badges|achievements|meeting-guides|issuer\/keys)(\/|$)/,
    resource: 'resources',
  },
  { service: 'resources', path: /^\/v1\/territories\/[^/]+\/meeting-guide$/, resource: 'resources' },
  { service: 'impact', path: /^\/v1\/territories\/[^/]+\/application-count$/, resource: 'indicators' },
  { service: 'impact', path: /^\/v1\/(indicators|reports)(\/|$)/, resource: 'indicators' },
  // Outcomes are collected with the surveys (staff, the pair's Konnecteur).
  { service: 'impact', path: /^\/v1\/(surveys|outcomes|questionnaires)(\/|$)/, resource: 'surveys' },
  { service: 'impact', path: /^\/v1\/territories\/[^/]+\/promotions\/[^/]+\/needs$/, resource: 'surveys' },
];

export const actionOf = (method: string): Action => (method === 'GET' || method === 'HEAD' ? 'read' : 'write');

export function resourceOf(service: string, path: string): Resource | undefined {
  return ROUTE_RULES.find((r) => r.service === service && r.path.test(path))?.resource;
}

/** After authentication: 403 when the matrix gives the principal no access to the route's resource. */
export function coarseAuthorize(service: string, path: string): RequestHandler {
  return (req, res, next) => {
    const resource = resourceOf(service, path);
    if (!resource) return next();
    const action = actionOf(req.method);
    if (!can(principalOf(res), resource, action).allowed) return next(forbidden(`Not allowed to ${action} ${resource}`));
    next();
  };
}
