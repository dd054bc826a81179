import type { RequestHandler, Response } from 'express';
import { forbidden } from '@binome/errors';
import type { Principal, TerritoryScope } from './principal';
import { can, servedPermission, type Permission, type Resource, type Action, type ScopeRule } from './matrix';
import { principalOf } from './express-auth';

export * from './matrix';

export interface AuthorizeOptions {
  /**
   * The reaches this endpoint knows how to apply (default: every rule). A principal whose only
   * reaches are not served here gets 403: e.g. screening a candidate is a staff act, so it serves
   * the territory reaches and not a beneficiary's `self`. This narrows the matrix, never widens it.
   */
  serves?: readonly ScopeRule[];
}

/**
 * Express guard (after `authenticate`): 403 unless the principal holds some access to the
 * resource (and one this endpoint serves); the decision, restricted to the served reaches, is left
 * in `res.locals.permission` for the handler to apply its scope.
 */
export function authorize(resource: Resource, action: Action, options: AuthorizeOptions = {}): RequestHandler {
  return (_req, res, next) => {
    try {
      const permission = servedPermission(can(principalOf(res), resource, action), options.serves);
      if (!permission.allowed) throw forbidden(`Not allowed to ${action} ${resource}${options.serves ? ' here' : ''}`);
      res.locals.permission = permission;
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** The decision `authorize` left for the handler. */
export function permissionOf(res: Response): Permission {
  const p = res.locals.permission as Permission | undefined;
  if (!p) throw forbidden('No permission was decided for this route');
  return p;
}

export const reaches = (permission: Permission, rule: ScopeRule): boolean => permission.scopes.includes(rule);

/**
 * The territories the permission reaches as a whole: the principal's realm-bounded scope when a
 * territory rule is held, else undefined (the handler then applies the narrower rules).
 */
export function territoryReach(principal: Principal, permission: Permission): TerritoryScope | undefined {
  if (reaches(permission, 'all-territories') || reaches(permission, 'own-territory')) return principal.scope;
  return undefined;
}

/** The verified email that links `self` and `own-pairs` records to the principal (undefined: links nothing). */
export const selfEmail = (principal: Principal): string | undefined => (principal.emailVerified ? principal.email : undefined);
