import { z } from 'zod';
import { Id } from '../catalogue/catalogue.request';

export const SessionParams = z.object({ id: Id });
export const RegistrationParams = z.object({ id: Id, registrationId: Id });

const date = z.coerce.date({ message: 'an ISO date-time' });
export const SessionTimes = { startsAt: date, endsAt: date, closesAt: date };

export const Capacity = z
  .object({ beneficiaries: z.number().int().min(1).max(200), volunteers: z.number().int().min(0).max(200).default(0) })
  .strict();

export const FacilitatorIds = z
  .array(Id)
  .max(5)
  .refine((a) => new Set(a).size === a.length, 'each facilitator at most once');
