import { reachOf, type Reach } from '@binome/access';
import { selfEmail, type Permission, type Principal } from '@binome/auth';
import type { Facilitator } from './facilitator.entity';

/**
 * Staff reach their territory's facilitators; a Koach (own-sessions) reaches their own record, by
 * the verified email of their account, to declare their availability.
 */
export function facilitatorReach(principal: Principal, permission: Permission): Reach<Facilitator> | undefined {
  return reachOf<Facilitator>(principal, permission, {
    'own-sessions': (p) => {
      const email = selfEmail(p);
      return email && p.scope.kind === 'some' ? { scope: p.scope, filter: { email } } : undefined;
    },
  });
}
