import { z } from 'zod';

export const Id = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id: letters, digits, - and _');
export const PairIdParams = z.object({ pairId: Id });
export const MeetingParams = z.object({ id: Id });
