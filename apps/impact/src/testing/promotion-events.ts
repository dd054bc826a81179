import { recruitmentEvents } from '@binome/contracts';
import { createEnvelope, EVENTS, type EventEnvelope, type EventType } from '@binome/events';

const DAY = 86_400_000;

/** Builds the events other services publish about a promotion, dated as the simulation needs. */
export class PromotionEvents {
  constructor(
    readonly territoryId: string,
    readonly promotionId: string,
  ) {}

  private envelope<T>(
    type: EventType<T>,
    payload: T,
    aggregateType: string,
    aggregateId: string,
    source: string,
    at = new Date(),
  ): EventEnvelope {
    return createEnvelope({ type, payload, territoryId: this.territoryId, aggregateType, aggregateId, source, occurredAt: at });
  }

  /** An application and the intake steps it went through. */
  intake(
    candidateId: string,
    steps: ('screened' | 'interviewed' | 'admitted' | 'waitlisted' | 'closed')[],
    partnerReferral = false,
  ): EventEnvelope[] {
    const t = this.territoryId;
    const c = (type: EventType<unknown>, payload: object) =>
      this.envelope(type, { candidateId, territoryId: t, ...payload }, 'candidate', candidateId, 'recruitment');
    const channel = partnerReferral
      ? recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL
      : recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE;
    return [
      c(EVENTS.CandidateApplied as EventType<unknown>, {
        channel,
        referringPartnerId: partnerReferral ? 'cirefe' : '',
        partnerSharingConsent: false,
        appliedAt: new Date(),
      }),
      ...steps.map((s) =>
        s === 'screened'
          ? c(EVENTS.CandidateScreened as EventType<unknown>, { passed: true })
          : s === 'interviewed'
            ? c(EVENTS.CandidateInterviewed as EventType<unknown>, { assessedFrenchLevel: 'B1', workshopNeeds: [] })
            : s === 'admitted'
              ? c(EVENTS.CandidateAdmitted as EventType<unknown>, { promotionId: this.promotionId, eligibilityOverridden: false })
              : s === 'waitlisted'
                ? c(EVENTS.CandidateWaitlisted as EventType<unknown>, { promotionId: this.promotionId, position: 1 })
                : c(EVENTS.CandidateClosed as EventType<unknown>, { reason: 'not_retained_at_screening' }),
      ),
    ];
  }

  volunteer(volunteerId: string, companyId: string): EventEnvelope {
    return this.envelope(
      EVENTS.VolunteerEnrolled,
      { volunteerId, territoryId: this.territoryId, companyId, promotionId: this.promotionId },
      'volunteer',
      volunteerId,
      'recruitment',
    );
  }

  /** A pair confirmed and activated on `start`, optionally followed by a Konnecteur, then completed or dissolved at `end`. */
  pair(p: {
    pairId: string;
    beneficiaryId: string;
    volunteerId: string;
    start: Date;
    konnecteurId?: string;
    end?: { at: Date; as: 'completed' | 'dissolved' };
  }): EventEnvelope[] {
    const ids = {
      pairId: p.pairId,
      territoryId: this.territoryId,
      promotionId: this.promotionId,
      beneficiaryId: p.beneficiaryId,
      volunteerId: p.volunteerId,
    };
    const m = <T>(type: EventType<T>, payload: T, at: Date) => this.envelope(type, payload, 'pair', p.pairId, 'matching', at);
    const out = [m(EVENTS.PairConfirmed, ids, p.start), m(EVENTS.PairActivated, ids, new Date(p.start.getTime() + DAY))];
    if (p.konnecteurId)
      out.push(
        m(
          EVENTS.KonnecteurAssigned,
          {
            pairId: p.pairId,
            territoryId: this.territoryId,
            promotionId: this.promotionId,
            konnecteurId: p.konnecteurId,
            previousKonnecteurId: '',
          },
          p.start,
        ),
      );
    if (p.end?.as === 'completed') out.push(m(EVENTS.PairCompleted, ids, p.end.at));
    if (p.end?.as === 'dissolved') out.push(m(EVENTS.PairDissolved, { ...ids, reason: 1, previousStatus: 'active' }, p.end.at));
    return out;
  }

  meeting(meetingId: string, pairId: string, status: 'held' | 'missed', startsAt: Date, durationMinutes = 120): EventEnvelope[] {
    const base = { meetingId, pairId, territoryId: this.territoryId, promotionId: this.promotionId };
    const s = <T>(type: EventType<T>, payload: T) => this.envelope(type, payload, 'pair', pairId, 'scheduling', startsAt);
    const full = { ...base, beneficiaryId: '', volunteerId: '', startsAt, durationMinutes };
    return [
      s(EVENTS.MeetingPlanned, full),
      status === 'held' ? s(EVENTS.MeetingHeld, { ...full, topics: [] }) : s(EVENTS.MeetingMissed, base),
    ];
  }

  /** A person's attendance of a workshop session, as workshops publishes it. */
  attendance(sessionId: string, personId: string, mark: 'present' | 'absent' | 'excused', startsAt: Date): EventEnvelope {
    const base = { sessionId, workshopId: 'rennes-cv', territoryId: this.territoryId, personId, sessionStartsAt: startsAt };
    return mark === 'present'
      ? this.envelope(
          EVENTS.WorkshopSessionAttended,
          { ...base, attendance: 'present', competencies: ['cv'] },
          'session',
          sessionId,
          'workshops',
          startsAt,
        )
      : this.envelope(EVENTS.WorkshopSessionMissed, { ...base, excused: mark === 'excused' }, 'session', sessionId, 'workshops', startsAt);
  }

  erased(candidateId: string): EventEnvelope {
    return this.envelope(
      EVENTS.CandidateErased,
      { candidateId, territoryId: this.territoryId, erasedAt: new Date() },
      'candidate',
      candidateId,
      'recruitment',
    );
  }
}

export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * DAY);
export const daysAfter = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
