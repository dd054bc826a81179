import { solveCohort, type CohortInput, type Proposal } from './assignment.solver';
import type { BeneficiaryProfile, PairRef, VolunteerProfile } from './profiles';
import { pairKey } from './rules';

/**
 * Minimal-change re-run after the cohort changed.
 *
 * Confirmed pairs become pins. Every other pair of the previous proposal gets a tie-break bonus:
 * the solver maximises `(BIG + score) × K + bonus` with `K = min(rows, slots) + 1` and bonus 1 for
 * a previous pair. All scores are integers, so any difference in pair count or total score moves
 * the objective by at least K, while all bonuses together add at most min(rows, slots) < K. The
 * bonus therefore never changes the pair count or the total score; among the optimal assignments
 * it picks one that keeps the most previous pairs, i.e. changes as few pairs as possible.
 * (Integer weights also keep every sum exact in float64; the solver checks the magnitude.)
 */

export type CohortChange =
  | { readonly type: 'add-beneficiary'; readonly beneficiary: BeneficiaryProfile }
  | { readonly type: 'remove-beneficiary'; readonly beneficiaryId: string }
  | { readonly type: 'add-volunteer'; readonly volunteer: VolunteerProfile }
  | { readonly type: 'remove-volunteer'; readonly volunteerId: string }
  | { readonly type: 'add-ban'; readonly ban: PairRef }
  | { readonly type: 'remove-ban'; readonly ban: PairRef }
  | { readonly type: 'add-pin'; readonly pin: PairRef };

export function applyChange(input: CohortInput, change: CohortChange): CohortInput {
  const same = (a: PairRef, b: PairRef): boolean => a.beneficiaryId === b.beneficiaryId && a.volunteerId === b.volunteerId;
  switch (change.type) {
    case 'add-beneficiary':
      return { ...input, beneficiaries: [...input.beneficiaries, change.beneficiary] };
    case 'remove-beneficiary':
      return {
        ...input,
        beneficiaries: input.beneficiaries.filter((b) => b.id !== change.beneficiaryId),
        pins: (input.pins ?? []).filter((p) => p.beneficiaryId !== change.beneficiaryId),
      };
    case 'add-volunteer':
      return { ...input, volunteers: [...input.volunteers, change.volunteer] };
    case 'remove-volunteer':
      return {
        ...input,
        volunteers: input.volunteers.filter((v) => v.id !== change.volunteerId),
        pins: (input.pins ?? []).filter((p) => p.volunteerId !== change.volunteerId),
      };
    case 'add-ban':
      return { ...input, bans: [...(input.bans ?? []), change.ban] };
    case 'remove-ban':
      return { ...input, bans: (input.bans ?? []).filter((b) => !same(b, change.ban)) };
    case 'add-pin':
      return { ...input, pins: [...(input.pins ?? []), change.pin] };
  }
}

export interface RematchRequest {
  /** The cohort after the change (see `applyChange`). */
  readonly input: CohortInput;
  readonly previous: readonly PairRef[];
  /** Pairs already confirmed to the participants: kept as they are. */
  readonly confirmed: readonly PairRef[];
}

export interface RematchResult {
  readonly proposal: Proposal;
  /** Previous pairs still proposed. */
  readonly kept: readonly PairRef[];
  /** Previous pairs no longer proposed (participant removed, ban, or a better optimum). */
  readonly dropped: readonly PairRef[];
  /** Proposed pairs that were not in the previous proposal. */
  readonly added: readonly PairRef[];
  /** Confirmed pairs that could not be kept because a participant left the cohort. */
  readonly confirmedLost: readonly PairRef[];
}

export function rematch(request: RematchRequest): RematchResult {
  const { input, previous, confirmed } = request;
  const beneficiaryIds = new Set(input.beneficiaries.map((b) => b.id));
  const volunteerIds = new Set(input.volunteers.map((v) => v.id));
  const present = (p: PairRef): boolean => beneficiaryIds.has(p.beneficiaryId) && volunteerIds.has(p.volunteerId);

  const pinnedBeneficiaries = new Set((input.pins ?? []).map((p) => p.beneficiaryId));
  const confirmedPins = confirmed.filter((p) => present(p) && !pinnedBeneficiaries.has(p.beneficiaryId));
  const proposal = solveCohort({ ...input, pins: [...(input.pins ?? []), ...confirmedPins] }, { preferredPairs: previous.filter(present) });

  const now = new Set(proposal.pairs.map((p) => pairKey(p.beneficiaryId, p.volunteerId)));
  const before = new Set(previous.map((p) => pairKey(p.beneficiaryId, p.volunteerId)));
  const ref = (p: PairRef): PairRef => ({ beneficiaryId: p.beneficiaryId, volunteerId: p.volunteerId });
  return {
    proposal,
    kept: previous.filter((p) => now.has(pairKey(p.beneficiaryId, p.volunteerId))).map(ref),
    dropped: previous.filter((p) => !now.has(pairKey(p.beneficiaryId, p.volunteerId))).map(ref),
    added: proposal.pairs.filter((p) => !before.has(pairKey(p.beneficiaryId, p.volunteerId))).map(ref),
    confirmedLost: confirmed.filter((p) => !present(p)).map(ref),
  };
}
