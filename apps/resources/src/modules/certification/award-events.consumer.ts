import { EVENTS, on, TOPICS } from '@binome/events';
import { awardBadges } from './award-badges/award-badges.handler';
import type { WorkshopAttendanceRepository } from '../guides/workshop-attendance.repository';
import type { CertificationDeps } from './certification.deps';

const { ModuleCompleted, WorkshopSessionAttended, PairCompleted } = EVENTS;

/** The certification's consumer group. */
export const AWARDS_GROUP = 'resources-awards';

export interface AwardTopics {
  resources?: string;
  workshops?: string;
  matching?: string;
}

const need = (ok: unknown, what: string) => {
  if (!ok) throw new Error(`${what} without its ids`);
};

/**
 * Badges from facts: a module completed (resources' own topic), a workshop session attended
 * (workshops; its competencies are also kept for the meeting guides), a pair completed (matching). The envelope's territory is authoritative. A payload
 * without its ids goes to the dead-letter topic after the retries.
 */
export function awardEventsConsumer(
  d: Pick<CertificationDeps, 'badges' | 'issuer' | 'now'> & { attendance?: WorkshopAttendanceRepository },
  group = AWARDS_GROUP,
  topics: AwardTopics = {},
) {
  const at = (envelope: { territoryId: string; type: string; id: string }) => ({
    territoryId: envelope.territoryId,
    eventType: envelope.type,
    eventId: envelope.id,
  });
  return {
    group,
    topics: [topics.resources ?? TOPICS.resources, topics.workshops ?? TOPICS.workshops, topics.matching ?? TOPICS.matching],
    handlers: [
      on(ModuleCompleted, async (e, envelope) => {
        need(e.personId && envelope.territoryId, 'ModuleCompleted');
        await awardBadges(
          d,
          { event: 'ModuleCompleted', mandatory: e.mandatory, personKind: e.personKind, personId: e.personId },
          at(envelope),
        );
      }),
      on(WorkshopSessionAttended, async (e, envelope) => {
        need(e.personId && envelope.territoryId, 'WorkshopSessionAttended');
        await awardBadges(d, { event: 'WorkshopSessionAttended', competencies: e.competencies, personId: e.personId }, at(envelope));
        // The meeting guides lower the weight of needs a workshop already covered.
        await d.attendance?.record(envelope.territoryId, e.personId, e.competencies, d.now());
      }),
      on(PairCompleted, async (e, envelope) => {
        need(e.pairId && envelope.territoryId && (e.beneficiaryId || e.volunteerId), 'PairCompleted');
        await awardBadges(d, { event: 'PairCompleted', beneficiaryId: e.beneficiaryId, volunteerId: e.volunteerId }, at(envelope));
      }),
    ],
  };
}
