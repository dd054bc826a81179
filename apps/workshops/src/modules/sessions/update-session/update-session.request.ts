import { z } from 'zod';
import { Capacity, FacilitatorIds, SessionTimes } from '../sessions.request';

/** The changed fields only. Times are checked together with the stored ones. */
export const UpdateSessionBody = z
  .object({
    startsAt: SessionTimes.startsAt.optional(),
    endsAt: SessionTimes.endsAt.optional(),
    closesAt: SessionTimes.closesAt.optional(),
    place: z.string().trim().min(2).max(200).optional(),
    link: z.string().url().max(500).optional(),
    capacity: Capacity.optional(),
    facilitatorIds: FacilitatorIds.optional(),
    status: z.enum(['cancelled']).optional().describe('cancel the session'),
  })
  .strict();
export type UpdateSessionBody = z.infer<typeof UpdateSessionBody>;
