import { can, type Action, type Permission, type Principal, type Resource } from '@binome/auth';
import { forbidden } from '@binome/errors';

/** The matrix on gRPC calls, as `authorize` does on routes: PERMISSION_DENIED when the cell is none. */
export function grpcPermission(principal: Principal, resource: Resource, action: Action = 'read'): Permission {
  const permission = can(principal, resource, action);
  if (!permission.allowed) throw forbidden(`Not allowed to ${action} ${resource}`);
  return permission;
}
