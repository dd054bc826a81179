import type { Competency, Workshop, WorkshopNeed } from '../catalogue/workshop.entity';
import type { Session } from '../sessions/session.entity';

/** How an intake need reads as a reason, for the person and staff. */
const NEED_REASONS: Record<WorkshopNeed, string> = {
  CV: 'no French CV yet (intake)',
  LINKEDIN: 'no LinkedIn profile (intake)',
  PITCH: 'professional project and pitch to work on (intake)',
  PROFESSIONAL_CODES: 'French professional codes to learn (intake)',
  FRENCH: 'oral French to strengthen (intake)',
  DIGITAL: 'digital skills to build (intake)',
  NETWORK: 'professional network to build (intake)',
  INTERVIEW: 'job interviews to prepare (intake)',
};

/** What answers a signal: a workshop answering one of these needs, or developing one of these competencies. */
interface Answer {
  needs?: readonly WorkshopNeed[];
  competencies?: readonly Competency[];
}

/**
 * The T0 survey's gaps (impact's `ListNeeds` codes, from the answers "no network" or a scale at 2
 * or less) and what answers them. Network and French have an intake need of their own; the other
 * three have none in recruitment's vocabulary, so they are answered by what a workshop develops
 * (one workshop each in the programme's catalogue) rather than by a need that would also bring in
 * workshops beside the point (PITCH would add communication for an unclear project).
 */
export const T0_GAPS: Record<string, Answer & { reason: string }> = {
  NETWORK: { needs: ['NETWORK'], reason: 'T0: no professional network in France yet' },
  FRENCH: { needs: ['FRENCH'], reason: 'T0: not at ease with French at work' },
  JOB_SEARCH: { competencies: ['labour-market-knowledge'], reason: 'T0: not autonomous in the job search yet' },
  CONFIDENCE: { competencies: ['self-confidence'], reason: 'T0: low self-confidence' },
  PROFESSIONAL_PROJECT: { competencies: ['professional-project'], reason: 'T0: professional project not clear yet' },
};

/**
 * Scheduling's meeting topics and what takes them further. Cover letters, administrative steps and
 * "other" have no workshop in the catalogue, so they recommend nothing.
 */
export const MEETING_TOPICS: Record<string, Answer & { label: string }> = {
  cv: { needs: ['CV'], label: 'CV' },
  'professional-codes': { needs: ['PROFESSIONAL_CODES'], label: 'professional codes' },
  network: { needs: ['NETWORK'], label: 'network' },
  'trade-or-training-choice': { competencies: ['professional-project'], label: 'choice of trade or training' },
  'interview-preparation': { needs: ['INTERVIEW'], label: 'interview preparation' },
};

export type RecommendationSource = 'intake' | 't0-survey' | 'meetings';

export interface Recommendation {
  workshopId: string;
  title: string;
  /** The workshop's needs that one of the signals named (a competency-only match adds none). */
  needs: WorkshopNeed[];
  /** The sources that named it: a workshop named by more sources comes first. */
  sources: RecommendationSource[];
  reasons: string[];
  nextSessions: { sessionId: string; startsAt: string; closesAt: string; seatsLeft: number }[];
}

export interface NotRepeated {
  workshopId: string;
  title: string;
  reason: 'already-attended' | 'offered-by-referring-partner';
  detail: string;
}

/** What is known of the person: the intake's needs, their T0 gaps, the topics of their held meetings (code → meetings). */
export interface PersonSignals {
  needs: readonly string[];
  t0Gaps?: readonly string[];
  meetingTopics?: ReadonlyMap<string, number>;
  promotionId?: string;
  referringPartnerId?: string;
}

const answers = (w: Workshop, a: Answer): WorkshopNeed[] | undefined => {
  const needs = (a.needs ?? []).filter((n) => w.needs.includes(n));
  const competency = (a.competencies ?? []).some((c) => w.competencies.includes(c));
  return needs.length || competency ? needs : undefined;
};

/** The reasons one workshop is recommended, by source, with the needs they matched. */
function reasonsFor(person: PersonSignals, w: Workshop): { source: RecommendationSource; reason: string; needs: WorkshopNeed[] }[] {
  const out: { source: RecommendationSource; reason: string; needs: WorkshopNeed[] }[] = [];
  for (const n of w.needs.filter((n) => person.needs.includes(n))) out.push({ source: 'intake', reason: NEED_REASONS[n], needs: [n] });
  for (const gap of person.t0Gaps ?? []) {
    const a = T0_GAPS[gap];
    const needs = a && answers(w, a);
    if (needs) out.push({ source: 't0-survey', reason: a.reason, needs });
  }
  for (const [topic, count] of person.meetingTopics ?? []) {
    const a = MEETING_TOPICS[topic];
    const needs = a && answers(w, a);
    if (needs && count > 0)
      out.push({
        source: 'meetings',
        reason: `${a.label} worked on in ${count} pair meeting${count > 1 ? 's' : ''}: this workshop takes it further`,
        needs,
      });
  }
  return out;
}

/**
 * À la carte: the workshops that answer what is known of the person — the needs recorded at intake
 * (recruitment), the gaps of their T0 survey (impact) and the topics their pair worked on in held
 * meetings (scheduling) — each with its reasons and its next open sessions of the person's
 * promotion; and what is left out so as not to repeat it: a workshop they already attended, or one
 * their referring partner already offers here (the programme's complaint: workshops judged useless
 * because they repeat what another NGO did).
 *
 * Order: a workshop named by more sources first (intake, T0 and meetings agreeing is the strongest
 * sign), then by more reasons, then by id. A topic worked on with the volunteer raises a workshop
 * rather than lowering it: one-to-one work shows the need is live, and the session adds what a
 * pair cannot (a group, a tool such as CVdesignR, a facilitator of the trade); it is not the
 * repetition the programme complains of, which is another NGO's same workshop.
 */
export function recommend(
  person: PersonSignals,
  workshops: readonly Workshop[],
  upcoming: readonly Session[],
  attendedWorkshopIds: ReadonlySet<string>,
): { recommended: Recommendation[]; notRepeated: NotRepeated[] } {
  const recommended: Recommendation[] = [];
  const notRepeated: NotRepeated[] = [];
  for (const w of workshops) {
    const found = reasonsFor(person, w);
    if (found.length === 0) continue;
    if (attendedWorkshopIds.has(w._id)) {
      notRepeated.push({ workshopId: w._id, title: w.title, reason: 'already-attended', detail: 'already attended' });
      continue;
    }
    if (person.referringPartnerId && w.offeredByPartners.includes(person.referringPartnerId)) {
      notRepeated.push({
        workshopId: w._id,
        title: w.title,
        reason: 'offered-by-referring-partner',
        detail: `already offered by the referring partner ${person.referringPartnerId}`,
      });
      continue;
    }
    const nextSessions = upcoming
      .filter((s) => s.workshopId === w._id && (!person.promotionId || s.promotionIds.includes(person.promotionId)))
      .map((s) => ({
        sessionId: s._id,
        startsAt: s.startsAt.toISOString(),
        closesAt: s.closesAt.toISOString(),
        seatsLeft: Math.max(
          0,
          s.capacity.beneficiaries - s.registrations.filter((r) => r.pool === 'beneficiaries' && r.status === 'registered').length,
        ),
      }));
    recommended.push({
      workshopId: w._id,
      title: w.title,
      needs: w.needs.filter((n) => found.some((f) => f.needs.includes(n))),
      sources: (['intake', 't0-survey', 'meetings'] as const).filter((s) => found.some((f) => f.source === s)),
      reasons: found.map((f) => f.reason),
      nextSessions,
    });
  }
  recommended.sort(
    (a, b) => b.sources.length - a.sources.length || b.reasons.length - a.reasons.length || a.workshopId.localeCompare(b.workshopId),
  );
  return { recommended, notRepeated };
}
