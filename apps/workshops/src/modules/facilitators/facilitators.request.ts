import { z } from 'zod';

export const SlotBody = z
  .object({ startsAt: z.coerce.date({ message: 'an ISO date-time' }), endsAt: z.coerce.date({ message: 'an ISO date-time' }) })
  .strict()
  .refine((s) => s.endsAt > s.startsAt, { path: ['endsAt'], message: 'the end must come after the start' });

export const Availability = z.array(SlotBody).max(200);
