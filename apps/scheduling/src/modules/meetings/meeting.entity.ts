import { conflict, validationFailed, type FieldIssue } from '@binome/errors';
import { stateMachine } from '@binome/state-machine';
import { PLANNABLE, type PairSchedule } from '../pairs/pair-schedule.entity';

export const MEETING_STATUSES = ['planned', 'held', 'cancelled', 'missed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const meetingLifecycle = stateMachine<MeetingStatus>('meeting', {
  planned: ['held', 'cancelled', 'missed'],
  held: [],
  cancelled: [],
  missed: [],
});

export const MEETING_PLACES = ['workplace', 'phone', 'video'] as const;
export type MeetingPlace = (typeof MEETING_PLACES)[number];

export const MEETING_TOPICS = [
  'cv',
  'cover-letter',
  'professional-codes',
  'network',
  'trade-or-training-choice',
  'interview-preparation',
  'administrative-steps',
  'other',
] as const;
export type MeetingTopic = (typeof MEETING_TOPICS)[number];

export const DEFAULT_DURATION_MINUTES = 120;

/** Who answered "did it take place?": each participant, or the programme (the Konnecteur, staff). */
export const SIDES = ['beneficiary', 'volunteer', 'programme'] as const;
export type Side = (typeof SIDES)[number];
export type Attendance = Partial<Record<Side, { tookPlace: boolean; at: Date; by: string }>>;

export interface Meeting {
  _id: string;
  territoryId: string;
  pairId: string;
  promotionId: string;
  beneficiaryId: string;
  volunteerId: string;
  status: MeetingStatus;
  startsAt: Date;
  durationMinutes: number;
  place: MeetingPlace;
  topics: MeetingTopic[];
  /** Kept here only (never in events or logs); the request asks for no health or legal details. */
  note?: string;
  attendance: Attendance;
  /** Random, stable across changes: the iCalendar UID. */
  uid: string;
  /** Incremented on every change, the iCalendar SEQUENCE. */
  sequence: number;
  cancellation?: { cause: 'person' | 'pair-ended'; by: string; at: Date };
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const endOf = (m: Pick<Meeting, 'startsAt' | 'durationMinutes'>): Date =>
  new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);

/** Do two time ranges overlap (touching ends do not)? */
export const overlaps = (a: Pick<Meeting, 'startsAt' | 'durationMinutes'>, b: Pick<Meeting, 'startsAt' | 'durationMinutes'>): boolean =>
  a.startsAt < endOf(b) && b.startsAt < endOf(a);

/** Meetings that still hold a slot in the agendas (a cancelled or missed one frees it). */
export const BOOKED: readonly MeetingStatus[] = ['planned', 'held'];

/**
 * The planning rules, each naming its field: the end after the start, the pair confirmed or
 * active, a planned meeting in the future (a past one is logged instead), nothing past the
 * promotion's end. Double booking is checked by `assertNoDoubleBooking` against the agendas.
 */
export function assertPlannable(
  pair: Pick<PairSchedule, 'status' | 'promotionEndsOn'>,
  slot: { startsAt: Date; durationMinutes: number; endsAt?: Date },
  now: Date,
  mode: 'plan' | 'log',
): void {
  const issues: FieldIssue[] = [];
  if (slot.endsAt && slot.endsAt <= slot.startsAt) issues.push({ field: 'body.endsAt', message: 'the end must come after the start' });
  if (mode === 'plan' && slot.startsAt <= now)
    issues.push({ field: 'body.startsAt', message: 'a planned meeting must start in the future (log a past meeting instead)' });
  if (mode === 'log' && slot.startsAt > now)
    issues.push({ field: 'body.startsAt', message: 'a logged meeting must have started already (plan a future one instead)' });
  if (pair.promotionEndsOn && endOf(slot) > pair.promotionEndsOn)
    issues.push({
      field: 'body.startsAt',
      message: `the meeting ends after the promotion's end (${pair.promotionEndsOn.toISOString().slice(0, 10)})`,
    });
  if (issues.length) throw validationFailed(issues);
  if (!PLANNABLE.includes(pair.status))
    throw conflict(`The pair is ${pair.status}: only a confirmed or active pair has meetings (field: pairId)`);
}

/** 409 naming who is double-booked, from the meetings already in their agendas at that time. */
export function assertNoDoubleBooking(
  slot: Pick<Meeting, 'startsAt' | 'durationMinutes' | 'beneficiaryId' | 'volunteerId'>,
  others: readonly Pick<Meeting, '_id' | 'startsAt' | 'durationMinutes' | 'beneficiaryId' | 'volunteerId' | 'status'>[],
): void {
  const clash = others.filter((o) => BOOKED.includes(o.status) && overlaps(slot, o));
  const volunteer = clash.some((o) => o.volunteerId === slot.volunteerId);
  const beneficiary = clash.some((o) => o.beneficiaryId === slot.beneficiaryId);
  if (volunteer || beneficiary) {
    const who = [volunteer ? 'the volunteer' : undefined, beneficiary ? 'the beneficiary' : undefined].filter(Boolean).join(' and ');
    throw conflict(`Double booking: ${who} already ha${volunteer && beneficiary ? 've' : 's'} a meeting at that time (field: startsAt)`);
  }
}

export type Agreement = 'pending' | 'agreed' | 'disputed';

/**
 * What the answers to "did it take place?" settle: the programme side (the Konnecteur, staff)
 * decides alone; otherwise both participants must agree. A disagreement is shown (`disputed`),
 * never guessed: the meeting stays planned until the Konnecteur settles it.
 */
export function settle(attendance: Attendance): { agreement: Agreement; outcome?: 'held' | 'missed' } {
  if (attendance.programme) return { agreement: 'agreed', outcome: attendance.programme.tookPlace ? 'held' : 'missed' };
  const { beneficiary: b, volunteer: v } = attendance;
  if (!b || !v) return { agreement: 'pending' };
  if (b.tookPlace !== v.tookPlace) return { agreement: 'disputed' };
  return { agreement: 'agreed', outcome: b.tookPlace ? 'held' : 'missed' };
}
