import type { Workshop, WorkshopNeed } from '../catalogue/workshop.entity';
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

export interface Recommendation {
  workshopId: string;
  title: string;
  needs: WorkshopNeed[];
  reasons: string[];
  nextSessions: { sessionId: string; startsAt: string; closesAt: string; seatsLeft: number }[];
}

export interface NotRepeated {
  workshopId: string;
  title: string;
  reason: 'already-attended' | 'offered-by-referring-partner';
  detail: string;
}

/**
 * À la carte: the workshops that answer one of the person's intake needs, most needs first, each
 * with its reasons and its next open sessions of the person's promotion; and what is left out so
 * as not to repeat it — a workshop they already attended, or one their referring partner already
 * offers here (the programme's complaint: workshops judged useless because they repeat).
 */
export function recommend(
  person: { needs: readonly string[]; promotionId?: string; referringPartnerId?: string },
  workshops: readonly Workshop[],
  upcoming: readonly Session[],
  attendedWorkshopIds: ReadonlySet<string>,
): { recommended: Recommendation[]; notRepeated: NotRepeated[] } {
  const recommended: Recommendation[] = [];
  const notRepeated: NotRepeated[] = [];
  for (const w of workshops) {
    const needs = w.needs.filter((n) => person.needs.includes(n));
    if (needs.length === 0) continue;
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
    recommended.push({ workshopId: w._id, title: w.title, needs, reasons: needs.map((n) => NEED_REASONS[n]), nextSessions });
  }
  recommended.sort((a, b) => b.needs.length - a.needs.length || a.workshopId.localeCompare(b.workshopId));
  return { recommended, notRepeated };
}
