/**
 * Warm start of the solver: Jonker–Volgenant's augmenting row reduction (row-reduction.ts) run on a
 * list of each row's cheapest cells only.
 *
 * The reduction is an auction: each free row bids for its cheapest column (by `c - v`), raising
 * that column's price by the gap to its second cheapest. On a dense matrix every bid scans the whole
 * row, and in a tie-heavy cohort rows bid about ten times each, so the reduction costs more than the
 * searches that follow it. Yet a bid only looks at a row's best few cells, so on a list of each
 * row's k cheapest cells the same bid costs about k instead of n.
 *
 * It stays exact because prices only rise (v only decreases from 0): a cell outside the list costs
 * at least the row's `bound` (its cheapest cell left out), and so does its `c - v`. A bid whose best listed
 * cell is above `bound` is not made (the row is left to the exact search); a bid whose second-best
 * listed cell is above `bound` uses `bound` as its second price. Every row the reduction places is
 * therefore on a cheapest column of its whole row, as the dense reduction guarantees, and k changes
 * only the speed, never the result.
 */

/**
 * A few of each row's cheapest cells, as a CSR list: row i owns `cols/costs[start[i] .. start[i+1])`,
 * and every finite cell left out of it costs at least `bounds[i]` (Infinity when none is left out).
 */
export interface Candidates {
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly costs: Float64Array;
  readonly bounds: Float64Array;
}

import type { RowScan } from './row-reduction';
import { SCRATCH_MAX_CELLS } from './scratch';

const SAMPLE = 64;
let scratchCols = new Int32Array(0);
let scratchCosts = new Float64Array(0);

/**
 * Keeps the cells at or below a per-row threshold that aims at about k cells: the matching quantile
 * of an evenly spaced sample of the row. One pass per row with one comparison per cell; the list
 * need not be exactly the k cheapest, since `bounds` records the cheapest cell left out.
 */
export function selectCandidates(nr: number, nc: number, cost: Float64Array, k: number): Candidates {
  const start = new Int32Array(nr + 1);
  const bounds = new Float64Array(nr);
  // The lists live in buffers reused across calls (scratch.ts; they never leave the solver) and grow
  // when a matrix needs more.
  let capacity = Math.max(nr * k * 2 + nc, scratchCols.length);
  let cols = scratchCols.length >= capacity ? scratchCols : new Int32Array(capacity);
  let costs = scratchCosts.length >= capacity ? scratchCosts : new Float64Array(capacity);
  const sampleSize = Math.min(nc, SAMPLE);
  const sample = new Float64Array(sampleSize);
  const step = nc / sampleSize;
  const rank = Math.min(sampleSize - 1, Math.max(0, Math.ceil((sampleSize * k) / nc) - 1));
  let p = 0;
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    // The (rank+1) smallest sampled costs, kept sorted by insertion (rank is small).
    let kept = 0;
    for (let s = 0; s < sampleSize; s++) {
      const c = cost[base + Math.floor(s * step)];
      if (kept > rank && c >= sample[rank]) continue;
      let pos = kept > rank ? rank : kept++;
      while (pos > 0 && sample[pos - 1] > c) {
        sample[pos] = sample[pos - 1];
        pos--;
      }
      sample[pos] = c;
    }
    let threshold = sample[rank];
    // Forbidden cells never enter the list.
    if (threshold === Infinity) threshold = Number.MAX_VALUE;
    if (p + nc > capacity) {
      capacity = Math.max(capacity * 2, p + nc);
      const grownCols = new Int32Array(capacity);
      grownCols.set(cols.subarray(0, p));
      cols = grownCols;
      const grownCosts = new Float64Array(capacity);
      grownCosts.set(costs.subarray(0, p));
      costs = grownCosts;
    }
    let bound = Infinity;
    for (let j = 0; j < nc; j++) {
      const c = cost[base + j];
      if (c <= threshold) {
        cols[p] = j;
        costs[p++] = c;
      } else if (c < bound) {
        bound = c;
      }
    }
    bounds[i] = bound;
    start[i + 1] = p;
  }
  if (capacity <= SCRATCH_MAX_CELLS) {
    scratchCols = cols;
    scratchCosts = costs;
  }
  return { start, cols, costs, bounds };
}

/**
 * The row scan of the reduction over the candidates: the two cheapest listed cells, with the bound
 * standing in for the cells left out (no bid when a left-out cell may be the cheapest, the bound as
 * second price when it may be the second).
 */
export function sparseRowScan(candidates: Candidates, v: Float64Array): RowScan {
  const { start, cols, costs, bounds } = candidates;
  return (i, bid) => {
    let j1 = -1;
    let v1 = Infinity;
    let j2 = -1;
    let v2 = Infinity;
    for (let p = start[i]; p < start[i + 1]; p++) {
      const j = cols[p];
      const c = costs[p] - v[j];
      if (c < v2) {
        if (c >= v1) {
          v2 = c;
          j2 = j;
        } else {
          v2 = v1;
          v1 = c;
          j2 = j1;
          j1 = j;
        }
      }
    }
    const bound = bounds[i];
    if (v1 > bound) j1 = -1;
    else if (v2 > bound) {
      v2 = bound;
      j2 = -1;
    }
    bid.j1 = j1;
    bid.v1 = v1;
    bid.j2 = j2;
    bid.v2 = v2;
  };
}
