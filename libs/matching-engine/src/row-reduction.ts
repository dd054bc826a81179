/**
 * Jonker–Volgenant's augmenting row reduction (LAPJV), an auction-like pass: each free row takes
 * its cheapest column (by `c - v`), raising that column's price by the gap to its second cheapest
 * so that the row it displaces looks elsewhere. Prices only ever rise on columns that stay
 * assigned, so a column left free keeps v = 0, which the rectangular case requires.
 *
 * The pass is written once; how a row's two cheapest cells are found is the caller's `RowScan`:
 * over the whole row (`denseRowScan`) or over a short candidate list with a bound on the rest
 * (`sparseRowScan` in sparse-warm-start.ts).
 */

/** A row's cheapest and second cheapest `c - v` with their columns; `j1 < 0`: the row makes no bid. */
export interface Bid {
  j1: number;
  v1: number;
  j2: number;
  v2: number;
}

export type RowScan = (i: number, bid: Bid) => void;

/** The two cheapest `c - v` over a whole row (ties to the lower column); no bid when all are forbidden. */
export function denseRowScan(nc: number, cost: Float64Array, v: Float64Array): RowScan {
  return (i, bid) => {
    const base = i * nc;
    let j1 = -1;
    let v1 = Infinity;
    let j2 = -1;
    let v2 = Infinity;
    for (let j = 0; j < nc; j++) {
      const c = cost[base + j] - v[j];
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
    bid.j1 = j1;
    bid.v1 = v1;
    bid.j2 = j2;
    bid.v2 = v2;
  };
}

/**
 * One round of the reduction over the rows listed first in `freeRows`. Returns the number of rows
 * still free, listed at the start of `freeRows`; rows that make no bid are left to the exact search.
 */
export function augmentingRowReduction(
  scan: RowScan,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  freeRows: Int32Array,
  numFree: number,
): number {
  const bid: Bid = { j1: -1, v1: Infinity, j2: -1, v2: Infinity };
  let current = 0;
  let newFree = 0;
  let bids = 0;
  // Same bound as the reference implementation: ties could otherwise pass a row back and forth.
  const maxBids = numFree * v.length;
  while (current < numFree) {
    bids++;
    const i = freeRows[current++];
    scan(i, bid);
    let j1 = bid.j1;
    if (j1 < 0) {
      freeRows[newFree++] = i;
      continue;
    }
    const { v1, j2, v2 } = bid;
    let i0 = row4col[j1];
    const lowers = v2 > v1 && v2 !== Infinity;
    if (bids < maxBids) {
      if (lowers) {
        v[j1] -= v2 - v1;
      } else if (i0 >= 0 && j2 >= 0 && v2 !== Infinity) {
        j1 = j2;
        i0 = row4col[j2];
      }
      if (i0 >= 0) {
        col4row[i0] = -1;
        if (lowers) freeRows[--current] = i0;
        else freeRows[newFree++] = i0;
      }
    } else if (i0 >= 0) {
      col4row[i0] = -1;
      freeRows[newFree++] = i0;
    }
    col4row[i] = j1;
    row4col[j1] = i;
  }
  return newFree;
}
