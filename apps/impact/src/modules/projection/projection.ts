import { EVENTS, type EventEnvelope, type EventType } from '@binome/events';
import { erasedKey } from './erased-key';
import type { FactStore } from './fact-store';
import type { IntakeStage, MeetingFact, MeetingFactStatus, PairFact, PairFactStatus } from './fact.entity';

const E = EVENTS;

/** How one event type changes the projection. */
export interface Projector {
  type: EventType<unknown>;
  apply(store: FactStore, payload: unknown, envelope: EventEnvelope): Promise<void>;
}

function projector<T>(type: EventType<T>, apply: (store: FactStore, payload: T, envelope: EventEnvelope) => Promise<void>): Projector {
  return { type: type as EventType<unknown>, apply: apply as Projector['apply'] };
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
const stage = (s: IntakeStage, extra: (p: { promotionId?: string }) => { promotionId?: string } = () => ({})) =>
  async function (store: FactStore, p: { candidateId: string; promotionId?: string }, envelope: EventEnvelope) {
    required('intake event', { candidateId: p.candidateId, territoryId: envelope.territoryId });
    const prev = await store.get('applications', envelope.territoryId, p.candidateId);
    if (!prev) return;
    await store.put('applications', {
      ...prev,
      ...extra(p),
      stage: s,
      stages: prev.stages.includes(s) ? prev.stages : [...prev.stages, s],
    });
  };

/** Later pair states win, so a late or redelivered event never moves a pair back. */
const PAIR_ORDER: Record<PairFactStatus, number> = { confirmed: 0, active: 1, dissolved: 2, completed: 2 };

type PairPayload = { pairId: string; promotionId: string; beneficiaryId: string; volunteerId: string };
const pairStatus = (status: PairFactStatus) =>
  async function (store: FactStore, p: PairPayload, envelope: EventEnvelope) {
    required('pair event', {
      pairId: p.pairId,
      territoryId: envelope.territoryId,
      beneficiaryId: p.beneficiaryId,
      volunteerId: p.volunteerId,
    });
    const prev = await store.get('pairs', envelope.territoryId, p.pairId);
    if (prev && PAIR_ORDER[prev.status] >= PAIR_ORDER[status]) return;
    const ended = status === 'dissolved' || status === 'completed';
    const next: PairFact = {
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
    await store.put('pairs', next);
  };

/** A meeting's last word: held, missed and cancelled are final; planned only creates. */
type MeetingPayload = { meetingId: string; pairId: string; promotionId: string; startsAt?: Date; durationMinutes?: number };
const meeting = (status: MeetingFactStatus) =>
  async function (store: FactStore, p: MeetingPayload, envelope: EventEnvelope) {
    required('meeting event', { meetingId: p.meetingId, pairId: p.pairId, territoryId: envelope.territoryId });
    const prev = await store.get('meetings', envelope.territoryId, p.meetingId);
    if (prev && prev.status !== 'planned') return;
    const next: MeetingFact = {
      _id: p.meetingId,
      territoryId: envelope.territoryId,
      promotionId: p.promotionId,
      pairId: p.pairId,
      status,
      durationMinutes: p.durationMinutes || prev?.durationMinutes || 0,
      ...(p.startsAt ? { startsAt: p.startsAt } : prev?.startsAt ? { startsAt: prev.startsAt } : {}),
    };
    await store.put('meetings', next);
  };

/**
 * Every event type the projection reads, from recruitment, matching, scheduling and impact's own
 * surveys and outcomes. Each is idempotent by itself (a fact keyed by its aggregate, moved forward
 * only), so a redelivery — or a replay over the live projection — changes nothing.
 */
export const PROJECTORS: readonly Projector[] = [
  projector(E.CandidateApplied, async (store, p, envelope) => {
    required('CandidateApplied', { candidateId: p.candidateId, territoryId: envelope.territoryId });
    if (await store.get('applications', envelope.territoryId, p.candidateId)) return;
    await store.put('applications', {
      _id: p.candidateId,
      territoryId: envelope.territoryId,
      channel: p.channel,
      ...(p.referringPartnerId ? { referringPartnerId: p.referringPartnerId } : {}),
      appliedAt: p.appliedAt ?? when(envelope),
      eventId: envelope.id,
      stage: 'applied',
      stages: ['applied'],
    });
  }),
  projector(E.CandidateScreened, stage('screened')),
  projector(E.CandidateInterviewed, stage('interviewed')),
  projector(
    E.CandidateAdmitted,
    stage('admitted', (p) => ({ promotionId: p.promotionId })),
  ),
  projector(
    E.CandidateWaitlisted,
    stage('waitlisted', (p) => ({ promotionId: p.promotionId })),
  ),
  projector(E.CandidateReferred, stage('referred')),
  projector(E.CandidateClosed, stage('closed')),
  projector(E.CandidateErased, async (store, p, envelope) => {
    required('CandidateErased', { candidateId: p.candidateId, territoryId: envelope.territoryId });
    await store.erase(envelope.territoryId, p.candidateId, p.erasedAt ?? when(envelope));
  }),
  projector(E.VolunteerEnrolled, async (store, p, envelope) => {
    required('VolunteerEnrolled', { volunteerId: p.volunteerId, territoryId: envelope.territoryId });
    await store.put('volunteers', {
      _id: p.volunteerId,
      territoryId: envelope.territoryId,
      companyId: p.companyId,
      promotionId: p.promotionId,
    });
  }),
  projector(E.PairConfirmed, pairStatus('confirmed')),
  projector(E.PairActivated, pairStatus('active')),
  projector(E.PairDissolved, pairStatus('dissolved')),
  projector(E.PairCompleted, pairStatus('completed')),
  projector(E.KonnecteurAssigned, async (store, p, envelope) => {
    required('KonnecteurAssigned', { pairId: p.pairId, territoryId: envelope.territoryId, konnecteurId: p.konnecteurId });
    const prev = await store.get('pairs', envelope.territoryId, p.pairId);
    if (prev && prev.konnecteurId !== p.konnecteurId) await store.put('pairs', { ...prev, konnecteurId: p.konnecteurId });
  }),
  projector(E.MeetingPlanned, meeting('planned')),
  projector(E.MeetingHeld, meeting('held')),
  projector(E.MeetingMissed, meeting('missed')),
  projector(E.MeetingCancelled, meeting('cancelled')),
  // Workshops: the last word on one person's attendance of one session (events of a session share
  // its key, so a correction — absent, then present — arrives after what it corrects). The fact's
  // id names the person by their one-way key, so that an erasure, which rewrites `personId`, leaves
  // no id behind in the document's key either.
  projector(E.WorkshopSessionAttended, async (store, p, envelope) => {
    required('WorkshopSessionAttended', { sessionId: p.sessionId, personId: p.personId, territoryId: envelope.territoryId });
    await store.put('attendance', {
      _id: `${p.sessionId}:${erasedKey(p.personId)}`,
      territoryId: envelope.territoryId,
      sessionId: p.sessionId,
      personId: p.personId,
      attended: true,
    });
  }),
  projector(E.WorkshopSessionMissed, async (store, p, envelope) => {
    required('WorkshopSessionMissed', { sessionId: p.sessionId, personId: p.personId, territoryId: envelope.territoryId });
    await store.put('attendance', {
      _id: `${p.sessionId}:${erasedKey(p.personId)}`,
      territoryId: envelope.territoryId,
      sessionId: p.sessionId,
      personId: p.personId,
      attended: false,
      excused: p.excused,
    });
  }),
  projector(E.SurveyAnswered, async (store, p, envelope) => {
    required('SurveyAnswered', { responseId: p.responseId, territoryId: envelope.territoryId, pairId: p.pairId, personId: p.personId });
    await store.put('surveys', {
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
    });
  }),
  projector(E.OutcomeRecorded, async (store, p, envelope) => {
    required('OutcomeRecorded', { outcomeId: p.outcomeId, territoryId: envelope.territoryId, pairId: p.pairId, kind: p.kind });
    await store.put('outcomes', {
      _id: p.outcomeId,
      territoryId: envelope.territoryId,
      promotionId: p.promotionId,
      pairId: p.pairId,
      beneficiaryId: p.beneficiaryId,
      kind: p.kind,
      startedOn: p.startedOn,
      evidenceProvided: p.evidenceProvided,
    });
  }),
];

export const PROJECTOR_BY_NAME = new Map(PROJECTORS.map((p) => [p.type.name, p]));
