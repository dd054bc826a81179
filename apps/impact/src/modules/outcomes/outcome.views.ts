import type { Outcome } from './outcome.entity';
import { INSERTION_CATEGORY, PROGRAMME_POSITIVE } from './outcome-typology';

/** An outcome with both classifications side by side; the evidence for staff only. */
export const outcomeView = (o: Outcome, staff: boolean) => ({
  id: o._id,
  territoryId: o.territoryId,
  promotionId: o.promotionId,
  pairId: o.pairId,
  beneficiaryId: o.beneficiaryId,
  kind: o.kind,
  insertionCategory: INSERTION_CATEGORY[o.kind],
  programmePositiveExit: PROGRAMME_POSITIVE.has(o.kind),
  startedOn: o.startedOn,
  ...(staff && o.evidence ? { evidence: o.evidence } : {}),
  evidenceProvided: o.evidenceProvided,
  recordedAt: o.recordedAt,
});
