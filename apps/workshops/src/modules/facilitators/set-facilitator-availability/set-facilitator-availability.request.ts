import { z } from 'zod';
import { Availability } from '../facilitators.request';

/** The whole declared availability, replaced (windows in the past may be dropped by the client). */
export const SetAvailabilityBody = z.object({ availability: Availability }).strict();
export type SetAvailabilityBody = z.infer<typeof SetAvailabilityBody>;
