import { EVENTS, type EventEnvelope, type EventType } from '@binome/events';
import { erasedKey } from './erased-key';
import type { FactStore, MemoryFactStore } from './fact-store';
import type { FactKind, Facts, IntakeStage, MeetingFact, MeetingFactStatus, PairFact, PairFactStatus } from './fact.entity';

const E = EVENTS;

/**
 * How one event type changes the projection: a pure step from the fact the event names (looked
 * up by `id`, when the step needs it) to its next state, or `undefined` for no change; an erasure
 * instead names the person. The live consumer runs the steps against the database (`project`),
 * a replay against memory without a single await per event (`projectInMemory`): the same
 * steps, so a replay can only differ from the live projection by the events it read.
 */
export type Projector = FactStep | ErasureStep;

export interface FactStep<K extends FactKind = FactKind> {
  type: EventType<unknown>;
  kind: K;
  /** Throws when the event lacks a field the fact needs (the event goes to the dead-letter topic). */
  check(payload: unknown, envelope: EventEnvelope): void;
  /** The fact the step reads, in the envelope's territory; without it the step reads nothing. */
  id?(payload: unknown, envelope: EventEnvelope): string;
  next(prev: Facts[K] | undefined, payload: unknown, envelope: EventEnvelope): Facts[K] | undefined;
}

export interface ErasureStep {
  type: EventType<unknown>;
  check(payload: unknown, envelope: EventEnvelope): void;
  erasure(payload: unknown, envelope: EventEnvelope): { territoryId: string; personId: string; at: Date };
}

function step<T, K extends FactKind>(
  type: EventType<T>,
  kind: K,
  s: {
    check(p: T, envelope: EventEnvelope): void;
    id?(p: T, envelope: EventEnvelope): string;
    next(prev: Facts[K] | undefined, p: T, envelope: EventEnvelope): Facts[K] | undefined;
  },
): Projector {
  return { type: type as EventType<unknown>, kind, ...s } as unknown as Projector;
}

/** Runs a step against a store (the live projection's database). */
export async function project(store: FactStore, projector: Projector, payload: unknown, envelope: EventEnvelope): Promise<void> {
  projector.check(payload, envelope);
  if ('erasure' in projector) {
    const { territoryId, personId, at } = projector.erasure(payload, envelope);
    return store.erase(territoryId, personId, at);
  }
  const prev = projector.id ? await store.get(projector.kind, envelope.territoryId, projector.id(payload, envelope)) : undefined;
  const next = projector.next(prev, payload, envelope);
  if (next) await store.put(projector.kind, next);
}

/** The same against memory (a replay): synchronous, so a batch is projected without an await per event. */
export function projectInMemory(store: MemoryFactStore, projector: Projector, payload: unknown, envelope: EventEnvelope): void {
  projector.check(payload, envelope);
  if ('erasure' in projector) {
    const { territoryId, personId, at } = projector.erasure(payload, envelope);
    return store.eraseNow(territoryId, personId, at);
  }
  const prev = projector.id ? store.getNow(projector.kind, envelope.territoryId, projector.id(payload, envelope)) : undefined;
  const next = projector.next(prev, payload, envelope);
  if (next) store.putNow(projector.kind, next);
}

const dayOf = (d: Date | undefined): string => (d ?? new Date(0)).toISOString().slice(0, 10);
const when = (envelope: EventEnvelope): Date => envelope.occurredAt ?? new Date(0);

function required(what: string, fields: Record<string, string | undefined>): void {
  // Called for every event: the common case (nothing missing) allocates nothing.
  let complete = true;
  for (const k in fields) if (!fields[k]) complete = false;
  if (complete) return;
  const missing = Object.entries(fields)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) throw new Error(`${what} without ${missing.join(', ')}`);
}

/** An intake step of an application already counted (the funnel keeps every stage reached). */
const stage = (type: EventType<{ candidateId: string; promotionId?: string }>, s: IntakeStage, withPromotion = false) =>
  step(type, 'applications', {
    check: (p, envelope) => required('intake event', { candidateId: p.candidateId, territoryId: envelope.territoryId }),
    id: (p) => p.candidateId,
    next: (prev, p) =>
      prev && {
        ...prev,
        ...(withPromotion ? { promotionId: p.promotionId } : {}),
        stage: s,
        stages: prev.stages.includes(s) ? prev.stages : [...prev.stages, s],
      },
  });

/** Later pair states win, so a late or redelivered event never moves a pair back. */
const PAIR_ORDER: Record<PairFactStatus, number> = { confirmed: 0, active: 1, dissolved: 2, completed: 2 };

type PairPayload = { pairId: string; promotionId: string; beneficiaryId: string; volunteerId: string };
const pairStatus = (type: EventType<PairPayload>, status: PairFactStatus) =>
  step(type, 'pairs', {
    check: (p, envelope) =>
      required('pair event', {
        pairId: p.pairId,
        territoryId: envelope.territoryId,
        beneficiaryId: p.beneficiaryId,
        volunteerId: p.volunteerId,
      }),
    id: (p) => p.pairId,
    next: (prev, p, envelope): PairFact | undefined => {
      if (prev && PAIR_ORDER[prev.status] >= PAIR_ORDER[status]) return undefined;
      const ended = status === 'dissolved' || status === 'completed';
      return {
        ...(prev ?? {
          _id: p.pairId,
          territoryId: envelope.territoryId,
          promotionId: p.promotionId,
          beneficiaryId: p.beneficiaryId,
          volunteerId: p.volunteerId,
          startedOn: dayOf(when(envelope)),
        }),
        status,
        ...(ended ? { endedOn: dayOf(when(envelope)) } : {}),
      };
    },
  });

/** A meeting's last word: held, missed and cancelled are final; planned only creates. */
type MeetingPayload = { meetingId: string; pairId: string; promotionId: string; startsAt?: Date; durationMinutes?: number };
const meeting = (type: EventType<MeetingPayload>, status: MeetingFactStatus) =>
  step(type, 'meetings', {
    check: (p, envelope) => required('meeting event', { meetingId: p.meetingId, pairId: p.pairId, territoryId: envelope.territoryId }),
    id: (p) => p.meetingId,
    next: (prev, p, envelope): MeetingFact | undefined => {
      if (prev && prev.status !== 'planned') return undefined;
      return {
        _id: p.meetingId,
        territoryId: envelope.territoryId,
        promotionId: p.promotionId,
        pairId: p.pairId,
        status,
        durationMinutes: p.durationMinutes || prev?.durationMinutes || 0,
        ...(p.startsAt ? { startsAt: p.startsAt } : prev?.startsAt ? { startsAt: prev.startsAt } : {}),
      };
    },
  });

/**
 * Every event type the projection reads, from recruitment, matching, scheduling and impact's own
 * surveys and outcomes. Each is idempotent by itself (a fact keyed by its aggregate, moved forward
 * only), so a redelivery — or a replay over the live projection — changes nothing.
 */
export const PROJECTORS: readonly Projector[] = [
  step(E.CandidateApplied, 'applications', {
    check: (p, envelope) => required('CandidateApplied', { candidateId: p.candidateId, territoryId: envelope.territoryId }),
    id: (p) => p.candidateId,
    next: (prev, p, envelope) =>
      prev
        ? undefined
        : {
            _id: p.candidateId,
            territoryId: envelope.territoryId,
            channel: p.channel,
            ...(p.referringPartnerId ? { referringPartnerId: p.referringPartnerId } : {}),
            appliedAt: p.appliedAt ?? when(envelope),
            eventId: envelope.id,
            stage: 'applied',
            stages: ['applied'],
          },
  }),
  stage(E.CandidateScreened, 'screened'),
  stage(E.CandidateInterviewed, 'interviewed'),
  stage(E.CandidateAdmitted, 'admitted', true),
  stage(E.CandidateWaitlisted, 'waitlisted', true),
  stage(E.CandidateReferred, 'referred'),
  stage(E.CandidateClosed, 'closed'),
  {
    type: E.CandidateErased as EventType<unknown>,
    check: (p, envelope) =>
      required('CandidateErased', { candidateId: (p as { candidateId: string }).candidateId, territoryId: envelope.territoryId }),
    erasure: (p, envelope) => {
      const { candidateId, erasedAt } = p as { candidateId: string; erasedAt?: Date };
      return { territoryId: envelope.territoryId, personId: candidateId, at: erasedAt ?? when(envelope) };
    },
  },
  step(E.VolunteerEnrolled, 'volunteers', {
    check: (p, envelope) => required('VolunteerEnrolled', { volunteerId: p.volunteerId, territoryId: envelope.territoryId }),
    next: (_prev, p, envelope) => ({
      _id: p.volunteerId,
      territoryId: envelope.territoryId,
      companyId: p.companyId,
      promotionId: p.promotionId,
    }),
  }),
  pairStatus(E.PairConfirmed, 'confirmed'),
  pairStatus(E.PairActivated, 'active'),
  pairStatus(E.PairDissolved, 'dissolved'),
  pairStatus(E.PairCompleted, 'completed'),
  step(E.KonnecteurAssigned, 'pairs', {
    check: (p, envelope) =>
      required('KonnecteurAssigned', { pairId: p.pairId, territoryId: envelope.territoryId, konnecteurId: p.konnecteurId }),
    id: (p) => p.pairId,
    next: (prev, p) => (prev && prev.konnecteurId !== p.konnecteurId ? { ...prev, konnecteurId: p.konnecteurId } : undefined),
  }),
  meeting(E.MeetingPlanned, 'planned'),
  meeting(E.MeetingHeld, 'held'),
  meeting(E.MeetingMissed, 'missed'),
  meeting(E.MeetingCancelled, 'cancelled'),
  // Workshops: the last word on one person's attendance of one session (events of a session share
  // its key, so a correction — absent, then present — arrives after what it corrects). The fact's
  // id names the person by their one-way key, so that an erasure, which rewrites `personId`, leaves
  // no id behind in the document's key either.
  step(E.WorkshopSessionAttended, 'attendance', {
    check: (p, envelope) =>
      required('WorkshopSessionAttended', { sessionId: p.sessionId, personId: p.personId, territoryId: envelope.territoryId }),
    next: (_prev, p, envelope) => ({
      _id: `${p.sessionId}:${erasedKey(p.personId)}`,
      territoryId: envelope.territoryId,
      sessionId: p.sessionId,
      personId: p.personId,
      attended: true,
    }),
  }),
  step(E.WorkshopSessionMissed, 'attendance', {
    check: (p, envelope) =>
      required('WorkshopSessionMissed', { sessionId: p.sessionId, personId: p.personId, territoryId: envelope.territoryId }),
    next: (_prev, p, envelope) => ({
      _id: `${p.sessionId}:${erasedKey(p.personId)}`,
      territoryId: envelope.territoryId,
      sessionId: p.sessionId,
      personId: p.personId,
      attended: false,
      excused: p.excused,
    }),
  }),
  step(E.SurveyAnswered, 'surveys', {
    check: (p, envelope) =>
      required('SurveyAnswered', { responseId: p.responseId, territoryId: envelope.territoryId, pairId: p.pairId, personId: p.personId }),
    next: (_prev, p, envelope) => ({
      _id: p.responseId,
      territoryId: envelope.territoryId,
      promotionId: p.promotionId,
      pairId: p.pairId,
      personId: p.personId,
      respondent: p.respondent === 'volunteer' ? 'volunteer' : 'beneficiary',
      wave: p.wave,
      questionnaireId: p.questionnaireId,
      questionnaireVersion: p.questionnaireVersion,
      answers: Object.fromEntries(p.answers.map((a) => [a.questionId, a.choices.length ? [...a.choices] : a.number])),
      answeredAt: p.answeredAt ?? when(envelope),
      dueOn: p.dueOn,
    }),
  }),
  step(E.OutcomeRecorded, 'outcomes', {
    check: (p, envelope) =>
      required('OutcomeRecorded', { outcomeId: p.outcomeId, territoryId: envelope.territoryId, pairId: p.pairId, kind: p.kind }),
    next: (_prev, p, envelope) => ({
      _id: p.outcomeId,
      territoryId: envelope.territoryId,
      promotionId: p.promotionId,
      pairId: p.pairId,
      beneficiaryId: p.beneficiaryId,
      kind: p.kind,
      startedOn: p.startedOn,
      evidenceProvided: p.evidenceProvided,
    }),
  }),
];

export const PROJECTOR_BY_NAME = new Map(PROJECTORS.map((p) => [p.type.name, p]));
