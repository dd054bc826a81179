/**
 * What scheduling knows of a promotion, from recruitment's `PromotionPlanned`: its last day, after
 * which no meeting of its pairs may be planned. `endsAt` is the end of that day (23:59:59.999 UTC).
 */
export interface PromotionTerm {
  /** `<territory>:<promotion id>`. */
  _id: string;
  territoryId: string;
  promotionId: string;
  endsAt: Date;
  updatedAt: Date;
}

export const promotionTermIdOf = (territoryId: string, promotionId: string) => `${territoryId}:${promotionId}`;

/** The end of a `YYYY-MM-DD` day, or undefined when the text is not such a date. */
export function endOfDay(day: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const at = new Date(`${day}T23:59:59.999Z`);
  return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day ? undefined : at;
}
