import { randomUUID } from 'node:crypto';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import { locateTown } from '../candidates/town-gazetteer';
import type { Volunteer } from './volunteer.entity';
import { VolunteerEnrolled } from './volunteer.events';
import type { EnrolVolunteerRequest } from './enrol-volunteer/enrol-volunteer.request';

/**
 * The one way a volunteer comes into being, enrolled through the API or imported: the document
 * (every array present, even empty) and its VolunteerEnrolled outbox entry, no write.
 */
export function newVolunteer(
  input: EnrolVolunteerRequest,
  by: string,
  id: string = randomUUID(),
  correlationId?: string,
): { volunteer: Volunteer; events: OutboxEntry[] } {
  const now = new Date();
  const geo = locateTown(input.workplace.town, input.territoryId);
  const volunteer: Volunteer = {
    _id: id,
    territoryId: input.territoryId,
    promotionId: input.promotionId,
    companyId: input.companyId,
    ...(input.userId ? { userId: input.userId } : {}),
    status: 'enrolled',
    identity: { firstName: input.firstName, lastName: input.lastName },
    contact: { email: input.email, ...(input.phone ? { phone: input.phone } : {}) },
    jobTitle: input.jobTitle,
    sector: input.sector,
    ...(input.trade ? { trade: input.trade } : {}),
    workplace: { address: input.workplace.address, town: input.workplace.town, ...(geo ? { geo } : {}) },
    languages: input.languages ?? [],
    availability: input.availability ?? [],
    preferences: { sectors: input.preferences?.sectors ?? [], ...(input.preferences?.gender ? { gender: input.preferences.gender } : {}) },
    strengths: input.strengths ?? [],
    ...(input.gender ? { gender: input.gender } : {}),
    ...(input.minFrenchLevel ? { minFrenchLevel: input.minFrenchLevel } : {}),
    capacity: input.capacity,
    ...(input.awarenessSession
      ? { awarenessSession: { date: input.awarenessSession.date, companyId: input.awarenessSession.companyId ?? input.companyId } }
      : {}),
    training: { attended: false, ...(input.trainingDayOn ? { scheduledOn: input.trainingDayOn } : {}) },
    trained: false,
    commitment: { accepted: input.commitment.accepted, plannedDays: input.commitment.plannedDays, acceptedAt: now },
    history: [{ status: 'enrolled', at: now, by }],
    createdAt: now,
    updatedAt: now,
  };
  const event = createEnvelope({
    type: VolunteerEnrolled,
    payload: { volunteerId: id, territoryId: volunteer.territoryId, companyId: volunteer.companyId, promotionId: volunteer.promotionId },
    territoryId: volunteer.territoryId,
    aggregateType: 'volunteer',
    aggregateId: id,
    source: 'recruitment',
    ...(correlationId ? { correlationId } : {}),
    occurredAt: now,
  });
  return { volunteer, events: [outboxEntry(TOPICS.recruitment, event)] };
}

/**
 * A stored volunteer as the code expects it, whatever wrote it: enrolments imported before the
 * factory existed have no arrays (FerretDB drops empty arrays from an upsert's `$setOnInsert`).
 * Applied to every read (volunteer.schema.ts), so no reader needs its own `?? []`.
 */
export function withVolunteerDefaults<T extends Partial<Volunteer>>(v: T): T {
  v.languages ??= [];
  v.availability ??= [];
  v.strengths ??= [];
  v.history ??= [];
  v.preferences ??= { sectors: [] };
  v.preferences.sectors ??= [];
  return v;
}
