import { assembleProposal, buildCohortMatrix, type CohortInput, type Proposal } from './assignment.solver';
import { DEFAULT_SCORING_WEIGHTS } from './score';

/**
 * "First come, best available" baseline: pins first, then each beneficiary in input order takes
 * the best-scoring volunteer who is still free and allowed (first in input order on a tie).
 * Only a comparison point for the optimum; never used to make proposals.
 */
export function solveGreedy(input: CohortInput): Proposal {
  const weights = input.weights ?? DEFAULT_SCORING_WEIGHTS;
  const { matrix, rowBeneficiary, slotVolunteer, scores, pins } = buildCohortMatrix(input);
  const volunteerOf = new Int32Array(input.beneficiaries.length).fill(-1);
  const pinned = new Uint8Array(input.beneficiaries.length);
  for (const pin of pins) {
    volunteerOf[pin.beneficiary] = pin.volunteer;
    pinned[pin.beneficiary] = 1;
  }
  const slotTaken = new Uint8Array(matrix.cols);
  for (let r = 0; r < matrix.rows; r++) {
    let best = -1;
    let bestScore = -1;
    for (let c = 0; c < matrix.cols; c++) {
      const score = scores[r * matrix.cols + c];
      if (!slotTaken[c] && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best >= 0) {
      slotTaken[best] = 1;
      volunteerOf[rowBeneficiary[r]] = slotVolunteer[best];
    }
  }
  return assembleProposal(input, volunteerOf, pinned, weights);
}
