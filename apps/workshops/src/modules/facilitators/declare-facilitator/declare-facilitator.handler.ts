import { randomUUID } from 'node:crypto';
import { assertTerritory, type Principal } from '@binome/auth';
import type { Facilitator } from '../facilitator.entity';
import { facilitatorView } from '../facilitator.views';
import type { FacilitatorsDeps } from '../facilitators.deps';
import type { DeclareFacilitatorBody } from './declare-facilitator.request';

/** Staff declare a Koach or HR expert of their territory (an email already declared there is 409). */
export async function declareFacilitator(d: FacilitatorsDeps, principal: Principal, body: DeclareFacilitatorBody) {
  assertTerritory(principal, body.territoryId);
  const now = d.now();
  const f: Facilitator = { _id: randomUUID(), ...body, createdAt: now, updatedAt: now };
  await d.facilitators.insert(f);
  return facilitatorView(f);
}
