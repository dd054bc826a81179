import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { facilitatorReach } from '../facilitator.reach';
import { facilitatorView } from '../facilitator.views';
import type { FacilitatorsDeps } from '../facilitators.deps';
import type { SetAvailabilityBody } from './set-facilitator-availability.request';

/**
 * A facilitator's availability, declared by themselves or by staff. Sessions already given to
 * them stay: the new windows apply to the next plans and changes.
 */
export async function setFacilitatorAvailability(
  d: FacilitatorsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  body: SetAvailabilityBody,
) {
  const reach = facilitatorReach(principal, permission);
  const f = reach ? await d.facilitators.findById(reach.scope, id, reach.filter) : null;
  if (!f) throw notFound('Facilitator');
  await d.facilitators.setAvailability(f, body.availability);
  return facilitatorView({ ...f, availability: body.availability });
}
