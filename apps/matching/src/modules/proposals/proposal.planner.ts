import {
  rematch,
  solveCohort,
  type BeneficiaryProfile,
  type CohortInput,
  type PairRef,
  type ProposedPair,
  type RematchResult,
  type ScoringWeights,
  type VolunteerProfile,
  type WhyNot,
  whyNot,
} from '@binome/matching-engine';
import { DECIDED_STATUSES, LIVE_STATUSES, type Pair } from '../pairs/pair.entity';

/**
 * Pure planning of a matching run: from the cohort recruitment gave, the pairs already stored and
 * the staff's pins and bans, the engine's input; from the engine's answer, what to write.
 *
 * Decided pairs (confirmed, active) and completed ones are taken out of the cohort before solving:
 * their beneficiaries are not matched again and their volunteers lose the slot. This is what the
 * engine does with pins (taken out of the matrix first), without re-checking them: a decision
 * staff made is not reopened by a run, even if a profile changed since (staff dissolve the pair for
 * that). A dissolved pair becomes a ban, so the same two are never proposed again.
 */

export type StoredPair = Pick<Pair, '_id' | 'beneficiaryId' | 'volunteerId' | 'status'>;

export interface PlanningInput {
  beneficiaries: readonly BeneficiaryProfile[];
  volunteers: readonly VolunteerProfile[];
  pairs: readonly StoredPair[];
  pins: readonly PairRef[];
  bans: readonly PairRef[];
  weights: ScoringWeights;
}

export interface IgnoredPin extends PairRef {
  reason: 'beneficiary-already-paired' | 'unknown-participant';
}

export interface RunInput {
  input: CohortInput;
  /** Proposed pairs of earlier runs whose participants are still in the cohort. */
  previous: PairRef[];
  /** Decided pairs whose beneficiary or volunteer recruitment no longer lists (staff should look). */
  decidedWithMissingParticipant: PairRef[];
  ignoredPins: IgnoredPin[];
}

const ref = (p: PairRef): PairRef => ({ beneficiaryId: p.beneficiaryId, volunteerId: p.volunteerId });

export function buildRunInput(p: PlanningInput): RunInput {
  const taken = p.pairs.filter((x) => DECIDED_STATUSES.includes(x.status) || x.status === 'completed');
  const takenBeneficiaries = new Set(taken.map((x) => x.beneficiaryId));
  const slotsUsed = new Map<string, number>();
  for (const x of taken) slotsUsed.set(x.volunteerId, (slotsUsed.get(x.volunteerId) ?? 0) + 1);

  const beneficiaries = p.beneficiaries.filter((b) => !takenBeneficiaries.has(b.id));
  const volunteers = p.volunteers.map((v) => ({ ...v, capacity: Math.max(0, v.capacity - (slotsUsed.get(v.id) ?? 0)) }));
  const bIds = new Set(beneficiaries.map((b) => b.id));
  const vIds = new Set(volunteers.map((v) => v.id));

  const ignoredPins: IgnoredPin[] = [];
  const pins: PairRef[] = [];
  for (const pin of p.pins) {
    if (takenBeneficiaries.has(pin.beneficiaryId)) ignoredPins.push({ ...ref(pin), reason: 'beneficiary-already-paired' });
    else if (!bIds.has(pin.beneficiaryId) || !vIds.has(pin.volunteerId)) ignoredPins.push({ ...ref(pin), reason: 'unknown-participant' });
    else pins.push(ref(pin));
  }
  const dissolved = p.pairs.filter((x) => x.status === 'dissolved').map(ref);
  const allB = new Set(p.beneficiaries.map((b) => b.id));
  const allV = new Set(p.volunteers.map((v) => v.id));
  return {
    input: { beneficiaries, volunteers, pins, bans: [...p.bans.map(ref), ...dissolved], weights: p.weights },
    previous: p.pairs.filter((x) => x.status === 'proposed' && bIds.has(x.beneficiaryId) && vIds.has(x.volunteerId)).map(ref),
    decidedWithMissingParticipant: p.pairs
      .filter((x) => DECIDED_STATUSES.includes(x.status) && (!allB.has(x.beneficiaryId) || !allV.has(x.volunteerId)))
      .map(ref),
    ignoredPins,
  };
}

export interface RunPlan {
  result: RematchResult;
  /** New pairs to store as proposed. */
  create: ProposedPair[];
  /** Stored proposed pairs the run keeps (with their possibly re-computed score). */
  keep: { pairId: string; pair: ProposedPair }[];
  /** Stored proposed pairs the run no longer proposes. */
  withdraw: StoredPair[];
}

const key = (p: PairRef) => `${p.beneficiaryId}\u0000${p.volunteerId}`;

/** The whole-cohort run with the fewest changes to the stored proposal. */
export function planRun(p: PlanningInput, run: RunInput = buildRunInput(p)): RunPlan {
  const result = rematch({ input: run.input, previous: run.previous, confirmed: [] });
  const stored = new Map<string, StoredPair>();
  for (const x of p.pairs) if (x.status === 'proposed') stored.set(key(x), x);
  const proposed = new Set(result.proposal.pairs.map(key));
  const create: ProposedPair[] = [];
  const keep: RunPlan['keep'] = [];
  for (const pair of result.proposal.pairs) {
    const existing = stored.get(key(pair));
    if (existing) keep.push({ pairId: existing._id, pair });
    else create.push(pair);
  }
  const withdraw = p.pairs.filter((x) => x.status === 'proposed' && !proposed.has(key(x)));
  return { result, create, keep, withdraw };
}

export type Explanation = WhyNot | { kind: 'decided'; pairId: string; status: string; volunteerId: string };

/**
 * "Why is beneficiary B not paired with volunteer X?" against the stored proposal: the rule that
 * forbids the pair, or what imposing it would cost the whole cohort.
 */
export function explainWhyNot(p: PlanningInput, beneficiaryId: string, volunteerId: string): Explanation {
  const decided = p.pairs.find(
    (x) => x.beneficiaryId === beneficiaryId && (DECIDED_STATUSES.includes(x.status) || x.status === 'completed'),
  );
  if (decided) {
    if (decided.volunteerId === volunteerId) return { kind: 'decided', pairId: decided._id, status: decided.status, volunteerId };
    return { kind: 'decided', pairId: decided._id, status: decided.status, volunteerId: decided.volunteerId };
  }
  const run = buildRunInput(p);
  // The optimum the stored proposal stands for (same ties as the last run).
  const optimum = rematch({ input: run.input, previous: run.previous, confirmed: [] }).proposal;
  return whyNot(run.input, beneficiaryId, volunteerId, optimum);
}

/**
 * A new proposal for the beneficiary of a dissolved pair, among trained volunteers with a free
 * slot (live pairs hold theirs), never with a volunteer the beneficiary was dissolved from or that
 * staff banned. Returns null when nobody is free.
 */
export function planReplacement(p: PlanningInput, beneficiaryId: string): ProposedPair | null {
  const b = p.beneficiaries.find((x) => x.id === beneficiaryId);
  if (!b) return null;
  const used = new Map<string, number>();
  for (const x of p.pairs) {
    if (LIVE_STATUSES.includes(x.status) || x.status === 'completed') used.set(x.volunteerId, (used.get(x.volunteerId) ?? 0) + 1);
  }
  const volunteers = p.volunteers.map((v) => ({ ...v, capacity: Math.max(0, v.capacity - (used.get(v.id) ?? 0)) }));
  const dissolved = p.pairs.filter((x) => x.status === 'dissolved').map(ref);
  const proposal = solveCohort({ beneficiaries: [b], volunteers, bans: [...p.bans.map(ref), ...dissolved], weights: p.weights });
  return proposal.pairs[0] ?? null;
}
