import { z } from 'zod';
import { Id, TerritoryId } from '../../library/library.request';
import { IsoDate } from '../training.request';

/** Staff record that a person attended the module's session (the training day) on a date. */
export const RecordAttendanceBody = z
  .object({
    personId: Id.describe("the person's record id in recruitment (volunteer, referent or candidate id)"),
    attendedOn: IsoDate,
    territoryId: TerritoryId.optional().describe("the person's territory; the staff member's own by default"),
  })
  .strict();
export type RecordAttendanceBody = z.infer<typeof RecordAttendanceBody>;
