/**
 * What a person attended in workshops, as resources knows it from workshops' `WorkshopSessionAttended`
 * (the events that also award the competency badges): the competencies developed, never the
 * sessions' places or marks. One document per person and territory; the guides read it to lower
 * the weight of needs already covered.
 */
export interface WorkshopAttendance {
  /** `<territory>:<person id>`. */
  _id: string;
  territoryId: string;
  personId: string;
  competencies: string[];
  updatedAt: Date;
}

export const attendanceIdOf = (territoryId: string, personId: string) => `${territoryId}:${personId}`;
