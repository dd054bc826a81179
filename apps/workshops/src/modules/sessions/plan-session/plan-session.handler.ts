import { randomUUID } from 'node:crypto';
import { newCheckInSecret } from '../../attendance/check-in-code';
import type { Principal } from '@binome/auth';
import { notFound, validationFailed } from '@binome/errors';
import { assertFacilitators } from '../facilitator-rules';
import { assertTimes, type Session } from '../session.entity';
import { sessionView } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import type { PlanSessionBody } from './plan-session.request';

const DAY = 86_400_000;

/** Staff plan a session of a workshop of their territory, for one promotion or several. */
export async function planSession(d: SessionsDeps, principal: Principal, body: PlanSessionBody) {
  const workshop = await d.workshops.findById(principal.scope, body.workshopId);
  if (!workshop) throw notFound('Workshop');
  const now = d.now();
  const closesAt = body.closesAt ?? new Date(body.startsAt.getTime() - DAY);
  assertTimes({ startsAt: body.startsAt, endsAt: body.endsAt, closesAt }, now);
  if (body.capacity.volunteers > 0 && !workshop.invitesVolunteers)
    throw validationFailed([{ field: 'body.capacity.volunteers', message: 'this workshop does not invite volunteers' }]);
  if (workshop.format === 'remote' && !body.link)
    throw validationFailed([{ field: 'body.link', message: 'a remote session needs a link' }]);
  if (workshop.format === 'on-site' && !body.place)
    throw validationFailed([{ field: 'body.place', message: 'an on-site session needs a place' }]);
  await assertFacilitators(d, workshop.territoryId, body.facilitatorIds, body);
  const s: Session = {
    _id: randomUUID(),
    territoryId: workshop.territoryId,
    workshopId: workshop._id,
    promotionIds: body.promotionIds,
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    format: workshop.format,
    ...(body.place ? { place: body.place } : {}),
    ...(body.link ? { link: body.link } : {}),
    capacity: body.capacity,
    closesAt,
    facilitatorIds: body.facilitatorIds,
    status: 'scheduled',
    competencies: workshop.competencies,
    needs: workshop.needs,
    checkInSecret: newCheckInSecret(),
    registrations: [],
    revision: 0,
    createdAt: now,
    updatedAt: now,
  };
  await d.sessions.insert(s);
  return sessionView(s, 'staff');
}
