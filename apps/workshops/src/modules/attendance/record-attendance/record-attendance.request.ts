import { z } from 'zod';
import { Id } from '../../catalogue/catalogue.request';
import { ATTENDANCE_MARKS } from '../../sessions/session.entity';

/** The roll call (or staff's record afterwards): one mark per registration. */
export const RecordAttendanceBody = z
  .object({
    marks: z
      .array(z.object({ registrationId: Id, mark: z.enum(ATTENDANCE_MARKS) }).strict())
      .min(1)
      .max(400)
      .refine((a) => new Set(a.map((m) => m.registrationId)).size === a.length, 'each registration at most once'),
  })
  .strict();
export type RecordAttendanceBody = z.infer<typeof RecordAttendanceBody>;
