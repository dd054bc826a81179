import { forbidden } from '@binome/errors';
import type { Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { isStaff, withNational } from '../../library/resource.reach';
import { agendaOf, stageOf } from '../meeting-guide.entity';
import type { GuidesDeps } from '../guides.deps';
import { pairNeeds } from '../pair-needs';

export interface GuideRequest {
  territoryId: string;
  week: number;
  meetingsHeld: number;
  needs: readonly string[];
  beneficiaryId?: string;
  promotionId?: string;
}

/**
 * The suggested agenda for a pair's next meeting: the territory's guide (else the national one) at
 * the pair's stage for its needs — the ones asked, plus, given the beneficiary, those resources
 * gathers (`pair-needs.ts`), heaviest first — with the published resources it names (title only;
 * the reader opens them in the library with their own rights). A beneficiary's needs are staff's
 * and services' to ask: a participant naming one is 403 (their own needs reach them through staff
 * and the reminders). Shared by REST and gRPC.
 */
export async function suggestMeetingGuide(
  d: Pick<GuidesDeps, 'guides' | 'resources' | 'attendance' | 'recruitment' | 'impact' | 'logger'>,
  principal: Principal,
  q: GuideRequest,
  field = 'beneficiaryId',
) {
  if (q.beneficiaryId && !isStaff(principal)) throw forbidden(`A pair's needs are read by staff and services (field: ${field})`);
  const stage = stageOf(q.week, q.meetingsHeld);
  const [guide, { needs, unavailable }] = await Promise.all([
    d.guides.applicable(q.territoryId),
    pairNeeds(d, principal.token, {
      territoryId: q.territoryId,
      requested: q.needs,
      beneficiaryId: q.beneficiaryId,
      promotionId: q.promotionId,
    }),
  ]);
  const agenda = guide
    ? agendaOf(
        guide,
        stage,
        needs.map((n) => n.need),
      )
    : [];
  const ids = [...new Set(agenda.flatMap((e) => e.resourceIds))];
  const found = ids.length
    ? await d.resources.findMany(withNational(territory(q.territoryId)), { _id: { $in: ids }, 'publication.version': { $gte: 1 } })
    : [];
  const titles = new Map(found.map((r) => [r._id, r.title]));
  return {
    stage,
    guideTerritoryId: guide?.territoryId ?? '',
    agenda: agenda.map((e) => ({
      need: e.need,
      volunteerText: e.volunteerText,
      beneficiaryText: e.beneficiaryText,
      resources: e.resourceIds.flatMap((id) => (titles.has(id) ? [{ resourceId: id, title: titles.get(id) as string }] : [])),
    })),
    needs,
    unavailableSources: unavailable,
  };
}
