import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import { isStaff } from '../../sessions/session-access';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { recommend } from '../recommend';

/** The person's recommended workshops (staff of their territory, or the person themselves). */
export async function listRecommendations(d: SessionsDeps, principal: Principal, personId: string) {
  const b = await d.beneficiaries.findById(principal.scope, personId);
  if (!b) throw notFound('Beneficiary');
  if (!isStaff(principal)) {
    const promotions = b.promotionId ? [b.promotionId] : await d.beneficiaries.promotionsOf(territory(b.territoryId));
    const own = await d.recruitment.ownBeneficiaryIds(principal.token, b.territoryId, promotions);
    if (!own.includes(personId)) throw notFound('Beneficiary');
  }
  const now = d.now();
  const scope = territory(b.territoryId);
  const [workshops, mine, upcoming] = await Promise.all([
    d.workshops.active(b.territoryId),
    d.sessions.ofPerson(scope, personId),
    d.sessions.list(scope, { status: 'scheduled', closesAt: { $gt: now } }, { skip: 0, limit: 200, sort: { startsAt: 1 } }),
  ]);
  const attended = new Set(
    mine
      .filter((s) => s.registrations.some((r) => r.personId === personId && (r.attendance === 'present' || r.attendance === 'late')))
      .map((s) => s.workshopId),
  );
  return { personId, territoryId: b.territoryId, ...recommend(b, workshops, upcoming.items, attended) };
}
