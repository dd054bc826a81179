import type { OutcomeKind } from './outcome-typology';

/** A beneficiary's opportunity or exit with its date; the evidence note stays in impact. */
export interface Outcome {
  _id: string;
  territoryId: string;
  promotionId: string;
  pairId: string;
  beneficiaryId: string;
  kind: OutcomeKind;
  startedOn: string;
  /** What proves it (a contract, a training certificate…): free text, removed on erasure. */
  evidence?: string;
  evidenceProvided: boolean;
  recordedBy: string;
  recordedAt: Date;
}
