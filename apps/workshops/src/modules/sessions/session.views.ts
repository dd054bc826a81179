import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { COMPETENCIES, FORMATS } from '../catalogue/workshop.entity';
import type { SessionRole } from './session-access';
import {
  atRisk,
  ATTENDANCE_MARKS,
  REGISTRATION_STATUSES,
  REQUESTERS,
  SEAT_POOLS,
  SESSION_STATUSES,
  seated,
  type Registration,
  type Session,
} from './session.entity';
import { rankOf, waitlistOf } from './waitlist';

const Pools = z.object({ beneficiaries: z.number().int(), volunteers: z.number().int() });

export const RegistrationViewSchema = apiSchema(
  'Registration',
  z.object({
    id: z.string(),
    sessionId: z.string(),
    personId: z.string(),
    pool: z.enum(SEAT_POOLS),
    status: z.enum(REGISTRATION_STATUSES),
    requestedAt: z.string().datetime(),
    requestedBy: z.enum(REQUESTERS),
    rank: z.number().int().optional().describe('place on the waitlist, 1 is next'),
    reason: z.string().optional().describe('why the waitlist places them there (staff only)'),
    promotedAt: z.string().datetime().optional(),
    attendance: z.enum(ATTENDANCE_MARKS).optional(),
  }),
);
export type RegistrationView = z.infer<typeof RegistrationViewSchema>;

export const SessionViewSchema = apiSchema(
  'WorkshopSession',
  z.object({
    id: z.string(),
    territoryId: z.string(),
    workshopId: z.string(),
    promotionIds: z.array(z.string()),
    startsAt: z.string().datetime(),
    endsAt: z.string().datetime(),
    format: z.enum(FORMATS),
    place: z.string().optional(),
    link: z.string().optional(),
    capacity: Pools,
    seatsTaken: Pools,
    waitlisted: Pools,
    closesAt: z.string().datetime(),
    facilitatorIds: z.array(z.string()),
    status: z.enum(SESSION_STATUSES),
    atRisk: z.boolean().describe('no facilitator yet'),
    competencies: z.array(z.enum(COMPETENCIES)),
    registrations: z.array(RegistrationViewSchema).optional().describe('staff and facilitators: all; a person: their own'),
  }),
);
export type SessionView = z.infer<typeof SessionViewSchema>;

/** Staff see why the waitlist orders people; facilitators and the person see the rank only. */
export function registrationView(s: Session, r: Registration, role: SessionRole): RegistrationView {
  return {
    id: r.id,
    sessionId: s._id,
    personId: r.personId,
    pool: r.pool,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    requestedBy: r.requestedBy,
    ...(r.status === 'waitlisted' ? { rank: rankOf(s, r) } : {}),
    ...(role === 'staff' ? { reason: r.reason } : {}),
    ...(r.promotedAt ? { promotedAt: r.promotedAt.toISOString() } : {}),
    ...(r.attendance ? { attendance: r.attendance } : {}),
  };
}

export function visibleRegistrations(s: Session, role: SessionRole, ownPersonIds: readonly string[]): Registration[] {
  if (role === 'staff' || role === 'facilitator') return s.registrations;
  if (role === 'person' || role === 'konnecteur') return s.registrations.filter((r) => ownPersonIds.includes(r.personId));
  return [];
}

export function sessionView(s: Session, role: SessionRole, ownPersonIds: readonly string[] = []): SessionView {
  const count = (f: (pool: 'beneficiaries' | 'volunteers') => number) => ({
    beneficiaries: f('beneficiaries'),
    volunteers: f('volunteers'),
  });
  const regs = visibleRegistrations(s, role, ownPersonIds);
  return {
    id: s._id,
    territoryId: s.territoryId,
    workshopId: s.workshopId,
    promotionIds: s.promotionIds,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    format: s.format,
    ...(s.place ? { place: s.place } : {}),
    ...(s.link ? { link: s.link } : {}),
    capacity: s.capacity,
    seatsTaken: count((p) => seated(s, p).length),
    waitlisted: count((p) => waitlistOf(s, p).length),
    closesAt: s.closesAt.toISOString(),
    facilitatorIds: s.facilitatorIds,
    status: s.status,
    atRisk: atRisk(s),
    competencies: s.competencies,
    ...(role === 'reader' ? {} : { registrations: regs.map((r) => registrationView(s, r, role)) }),
  };
}
