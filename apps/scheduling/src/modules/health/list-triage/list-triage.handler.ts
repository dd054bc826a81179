import type { Permission, Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { triageReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { cadenceHealth, healthRank } from '../cadence';
import { cadencePolicyOf } from '../../territory-policy';

/**
 * The triage queue: the meeting pairs of the caller's territories (or of one Konnecteur), worst
 * health first, with the reasons; computed as of now. Staff see their territory's; a Konnecteur
 * the pairs they follow (their linked referent ids); a participant has no queue (403).
 */
export async function listTriage(
  d: MeetingsDeps,
  principal: Principal,
  permission: Permission,
  q: { territoryId?: string; konnecteurId?: string },
) {
  const reach = await triageReach(d, principal, permission);
  if (!reach) return { items: [], total: 0 };
  const pairs = await d.pairs.triage(
    reach.scope,
    { ...reach.filter, ...(q.konnecteurId ? { konnecteurId: q.konnecteurId } : {}) },
    q.territoryId,
  );
  const now = d.now();
  const rows = await Promise.all(
    pairs.map(async (p) => ({
      pairId: p._id,
      territoryId: p.territoryId,
      startedOn: p.startedOn.toISOString(),
      ...(p.konnecteurId ? { konnecteurId: p.konnecteurId } : {}),
      ...cadenceHealth(
        p.startedOn,
        await d.meetings.ofPair(territory(p.territoryId), p._id),
        now,
        cadencePolicyOf(d.policies, p.territoryId),
      ),
    })),
  );
  rows.sort(
    (a, b) => healthRank(b.status) - healthRank(a.status) || b.reasons.length - a.reasons.length || a.startedOn.localeCompare(b.startedOn),
  );
  return { items: rows, total: rows.length };
}
