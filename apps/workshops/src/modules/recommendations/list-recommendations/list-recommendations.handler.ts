import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import { isStaff } from '../../sessions/session-access';
import type { RecommendationsDeps } from '../recommendations.deps';
import { recommend } from '../recommend';

/**
 * The person's recommended workshops (staff of their territory, or the person themselves), from
 * their intake needs, their T0 gaps (impact, once admitted into a promotion) and the topics of
 * their held meetings. Impact unreachable or not configured, the others still answer and
 * `unavailable` names the source left out.
 */
export async function listRecommendations(d: RecommendationsDeps, principal: Principal, personId: string) {
  const b = await d.beneficiaries.findById(principal.scope, personId);
  if (!b) throw notFound('Beneficiary');
  if (!isStaff(principal)) {
    const promotions = b.promotionId ? [b.promotionId] : await d.beneficiaries.promotionsOf(territory(b.territoryId));
    const own = await d.recruitment.ownBeneficiaryIds(principal.token, b.territoryId, promotions);
    if (!own.includes(personId)) throw notFound('Beneficiary');
  }
  const now = d.now();
  const scope = territory(b.territoryId);
  const noGaps = Promise.resolve<string[] | undefined>([]);
  const [workshops, mine, upcoming, meetingTopics, t0Gaps] = await Promise.all([
    d.workshops.active(b.territoryId),
    d.sessions.ofPerson(scope, personId),
    d.sessions.list(scope, { status: 'scheduled', closesAt: { $gt: now } }, { skip: 0, limit: 200, sort: { startsAt: 1 } }),
    d.meetings.topicsWorkedOn(scope, personId),
    // No promotion yet, no pair, so no T0 survey to ask about.
    b.promotionId ? (d.impact?.gapsOf(b.territoryId, b.promotionId, personId) ?? Promise.resolve(undefined)) : noGaps,
  ]);
  const attended = new Set(
    mine
      .filter((s) => s.registrations.some((r) => r.personId === personId && (r.attendance === 'present' || r.attendance === 'late')))
      .map((s) => s.workshopId),
  );
  return {
    personId,
    territoryId: b.territoryId,
    ...recommend({ ...b, t0Gaps: t0Gaps ?? [], meetingTopics }, workshops, upcoming.items, attended),
    unavailable: t0Gaps === undefined ? ['t0-survey' as const] : [],
  };
}
