import { territory } from '@binome/persistence';
import { withNational } from '../../library/resource.reach';
import { agendaOf, stageOf } from '../meeting-guide.entity';
import type { GuidesDeps } from '../guides.deps';

export interface GuideRequest {
  territoryId: string;
  week: number;
  meetingsHeld: number;
  needs: readonly string[];
}

/**
 * The suggested agenda for a pair's next meeting: the territory's guide (else the national one) at
 * the pair's stage for its needs, with the published resources it names (title only; the reader
 * opens them in the library with their own rights). Shared by REST and gRPC.
 */
export async function suggestMeetingGuide(d: Pick<GuidesDeps, 'guides' | 'resources'>, q: GuideRequest) {
  const stage = stageOf(q.week, q.meetingsHeld);
  const guide = await d.guides.applicable(q.territoryId);
  const agenda = guide ? agendaOf(guide, stage, q.needs) : [];
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
  };
}
