/**
 * Rectangular linear sum assignment (shortest augmenting path, Jonker–Volgenant family).
 *
 * This follows D.F. Crouse, "On implementing 2D rectangular assignment algorithms"
 * (IEEE TAES 52(4), 2016), the algorithm behind SciPy's `linear_sum_assignment`: one Dijkstra-like
 * search per row over reduced costs `c[i][j] - u[i] - v[j]`, then an augmentation along the
 * shortest path and a dual update that keeps every reduced cost non-negative. Worst case O(n²·m),
 * typically far less because each search stops at the first free column it reaches.
 *
 * Four additions make it fast in JavaScript:
 * - a matrix whose non-zero cells fall into independent groups (the promotions of a national run)
 *   is solved group by group (blocks.ts), when zeros are neutral;
 * - a warm start by a few rounds of Jonker–Volgenant's augmenting row reduction (LAPJV), which places
 *   most rows for the price of a pass over their row, so few rows need a full search;
 * - from 64 columns, that reduction bids on a short list of each row's cheapest cells, with a bound
 *   on the rest that keeps it exact (sparse-warm-start.ts): in tie-heavy cohorts rows bid about ten
 *   times each, and a bid then costs ~k cells instead of n;
 * - the searches scan columns in index order on flat typed arrays (no gather through a list of
 *   remaining columns), work in buffers kept between calls, and stop as soon as a free column is at
 *   the lower bound.
 * Ties go to the lowest index (preferring a free column), so results are deterministic for a given
 * input; with several optimal assignments the one chosen may differ from SciPy's, never the total.
 */

import { badCell, findBlocks, mayHaveBlocks, solveBlocks } from './blocks';
import { augmentingRowReduction, denseRowScan } from './row-reduction';
import { SCRATCH_MAX_CELLS } from './scratch';
import { selectCandidates, sparseRowScan } from './sparse-warm-start';

/** A dense row-major matrix: `data[i * cols + j]` is the cost of row i with column j. */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export interface LinearAssignmentResult {
  /** Row indices of the chosen cells, increasing (SciPy's `row_ind`). */
  readonly rowInd: Int32Array;
  /** Column chosen for each entry of `rowInd` (SciPy's `col_ind`). */
  readonly colInd: Int32Array;
  /** For every row of the input, its column or -1 when the row is left out (rows > cols). */
  readonly colForRow: Int32Array;
  /** Sum of the input costs of the chosen cells. */
  readonly total: number;
}

export interface SolverOptions {
  /**
   * Rounds of augmenting row reduction before the shortest augmenting paths (default 4; 0 gives
   * the plain Crouse algorithm). Exposed so tests can exercise both phases on small inputs.
   */
  readonly rowReductionRounds?: number;
  /**
   * About how many cells per row the row reduction looks at (sparse-warm-start.ts). Default: all of
   * them below 64 columns, else max(64, columns / 16). It changes the speed, never the result.
   */
  readonly candidatesPerRow?: number;
  /**
   * Solve independent blocks one by one (default true; see blocks.ts). Applies when no cell is worth
   * less than leaving a row unmatched (all costs ≤ 0 when minimising, ≥ 0 when maximising) and the
   * other cells fall apart into several connected groups, as promotions do. It changes the speed,
   * never the total.
   */
  readonly decompose?: boolean;
}

/** Thrown when no complete assignment of the smaller side avoids the forbidden (infinite) cells. */
export class InfeasibleAssignmentError extends Error {
  constructor(message = 'cost matrix is infeasible') {
    super(message);
    this.name = 'InfeasibleAssignmentError';
  }
}

export function toDenseMatrix(cost: readonly (readonly number[])[] | DenseMatrix): DenseMatrix {
  if (!Array.isArray(cost)) {
    const dense = cost as DenseMatrix;
    if (dense.data.length !== dense.rows * dense.cols) {
      throw new RangeError(`matrix data has ${dense.data.length} cells, expected ${dense.rows}×${dense.cols}`);
    }
    return dense;
  }
  const rowsArray = cost as readonly (readonly number[])[];
  const rows = rowsArray.length;
  const cols = rows === 0 ? 0 : rowsArray[0].length;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = rowsArray[i];
    if (row.length !== cols) throw new RangeError(`row ${i} has ${row.length} columns, expected ${cols}`);
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j];
  }
  return { rows, cols, data };
}

/**
 * SciPy-compatible entry point: minimises (or maximises) the sum of the chosen cells, choosing
 * min(rows, cols) cells with no two in the same row or column. `+Infinity` (or `-Infinity` when
 * maximising) marks a forbidden cell.
 */
export function solveLinearSumAssignment(
  cost: readonly (readonly number[])[] | DenseMatrix,
  maximize = false,
  options: SolverOptions = {},
): LinearAssignmentResult {
  const matrix = toDenseMatrix(cost);
  const { rows, cols, data } = matrix;
  const colForRow = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) {
    return { rowInd: new Int32Array(0), colInd: new Int32Array(0), colForRow, total: 0 };
  }

  const sign = maximize ? -1 : 1;
  const blocks = options.decompose !== false && mayHaveBlocks(data, rows, cols, sign) ? findBlocks(data, rows, cols, sign) : null;
  if (blocks && blocks.count > 1) {
    colForRow.set(solveBlocks(data, rows, cols, sign, blocks, (nr, nc, cost) => solveRectangular(nr, nc, cost, options)));
  } else {
    solveWhole(data, rows, cols, sign, colForRow, options);
  }

  const count = Math.min(rows, cols);
  const rowInd = new Int32Array(count);
  const colInd = new Int32Array(count);
  let total = 0;
  let k = 0;
  for (let i = 0; i < rows; i++) {
    const j = colForRow[i];
    if (j < 0) continue;
    rowInd[k] = i;
    colInd[k++] = j;
    total += data[i * cols + j];
  }
  return { rowInd, colInd, colForRow, total };
}

/** The whole matrix at once: a working copy (transposed if rows > cols, in minimise space), solved. */
function solveWhole(data: Float64Array, rows: number, cols: number, sign: number, colForRow: Int32Array, options: SolverOptions): void {
  // The search runs over the longer side, so it works on a copy that is transposed when there are
  // more rows than columns, and negated when maximising; the caller's matrix is never modified.
  // (Padding with dummy columns instead would keep the copy sequential, but then the rows left out
  // must be priced out of every real column, a far longer auction than leaving columns free.)
  const transpose = rows > cols;
  const nr = transpose ? cols : rows;
  const nc = transpose ? rows : cols;
  const work = scratchMatrix(nr * nc);
  // The copies are separate small functions: inlined here, V8 kept deoptimising this function's
  // rarely taken paths and ran the hot loops unoptimised in between.
  if (transpose) copyTransposed(work, data, rows, cols, sign);
  else copyScaled(work, data, sign);

  const col4row = solveRectangular(nr, nc, work, options);
  if (transpose) {
    // In the transposed problem "rows" are the original columns.
    for (let c = 0; c < nr; c++) colForRow[col4row[c]] = c;
  } else {
    colForRow.set(col4row);
  }
}

/**
 * Core solver for nr <= nc on a row-major matrix that it may read but does not modify.
 * Returns the column assigned to every row.
 */
export function solveRectangular(nr: number, nc: number, cost: Float64Array, options: SolverOptions = {}): Int32Array {
  const rounds = options.rowReductionRounds ?? AUGMENTING_ROW_REDUCTION_ROUNDS;
  // Working vectors are views of buffers kept between calls: allocating ten typed arrays costs
  // ~8 µs, as much as solving a whole promotion, and a national run solves fifteen of them.
  const { f64, i32 } = vectorScratch(nr + 3 * nc, 3 * nr + 3 * nc);
  const u = f64.subarray(0, nr);
  const v = f64.subarray(nr, nr + nc).fill(0);
  const shortestPathCosts = f64.subarray(nr + nc, nr + 2 * nc);
  // Rows and columns scanned by the current search (with the columns' final distances), so the
  // dual update costs O(scanned), not O(n).
  const touchedDist = f64.subarray(nr + 2 * nc, nr + 3 * nc);
  const path = i32.subarray(0, nc).fill(-1);
  const row4col = i32.subarray(nc, 2 * nc).fill(-1);
  const touchedCols = i32.subarray(2 * nc, 3 * nc);
  const touchedRows = i32.subarray(3 * nc, 3 * nc + nr);
  const freeRows = i32.subarray(3 * nc + nr, 3 * nc + 2 * nr);
  // The result is the caller's: a fresh array.
  const col4row = new Int32Array(nr).fill(-1);

  // Jonker–Volgenant's augmenting row reduction gives most rows a column cheaply; the shortest
  // augmenting path then only has to place the rows still free.
  for (let i = 0; i < nr; i++) freeRows[i] = i;
  let numFree = nr;
  const k = Math.max(
    1,
    Math.min(nc, options.candidatesPerRow ?? (nc < SPARSE_FROM_COLUMNS ? nc : Math.max(DEFAULT_CANDIDATES, Math.ceil(nc / 16)))),
  );
  // Whole-row rounds, or rounds on the candidate lists then whole-row rounds for the few rows the
  // lists could not settle.
  let denseRounds = rounds;
  if (k < nc && rounds > 0) {
    const sparseRows = sparseRowScan(selectCandidates(nr, nc, cost, k), v);
    for (let round = 0; round < rounds && numFree > 0; round++) {
      numFree = augmentingRowReduction(sparseRows, v, col4row, row4col, freeRows, numFree);
    }
    denseRounds = FINISHING_ROUNDS;
  }
  const denseRows = denseRowScan(nc, cost, v);
  for (let round = 0; round < denseRounds && numFree > 0; round++) {
    numFree = augmentingRowReduction(denseRows, v, col4row, row4col, freeRows, numFree);
  }
  // Dual of an assigned row: its reduced cost is 0 on its column and, as the reduction left every
  // assigned row on a cheapest column, non-negative elsewhere.
  for (let i = 0; i < nr; i++) {
    const j = col4row[i];
    u[i] = j >= 0 ? cost[i * nc + j] - v[j] : 0;
  }

  for (let f = 0; f < numFree; f++) {
    const curRow = freeRows[f];
    let minVal = 0;
    shortestPathCosts.fill(Infinity);
    let nTouchedRows = 0;
    let nTouchedCols = 0;

    let i = curRow;
    let sink = -1;
    while (sink === -1) {
      touchedRows[nTouchedRows++] = i;
      let index = -1;
      let lowest = Infinity;
      const base = i * nc;
      const h = minVal - u[i];
      // Reduced costs are non-negative beyond the first row, so a free column at distance minVal
      // is already a shortest sink and the rest of the scan can be skipped.
      const canStopEarly = nTouchedRows > 1;
      // Every column is visited in index order: sequential access is several times faster than
      // Crouse's compacted list of remaining columns, whose order gets scrambled. Scanned columns
      // hold NaN, which fails every comparison, so they are neither relaxed nor chosen.
      for (let j = 0; j < nc; j++) {
        const r = h + cost[base + j] - v[j];
        let s = shortestPathCosts[j];
        if (r < s) {
          path[j] = i;
          shortestPathCosts[j] = r;
          s = r;
          if (r === minVal && canStopEarly && row4col[j] === -1) {
            lowest = r;
            index = j;
            break;
          }
        }
        if (s < lowest || (s === lowest && row4col[j] === -1)) {
          lowest = s;
          index = j;
        }
      }
      if (lowest === Infinity) throw new InfeasibleAssignmentError();
      minVal = lowest;
      const j = index;
      touchedCols[nTouchedCols] = j;
      touchedDist[nTouchedCols++] = lowest;
      shortestPathCosts[j] = NaN;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j];
    }

    // Row touchedRows[k] (k >= 1) was reached through column touchedCols[k - 1].
    u[curRow] += minVal;
    for (let k = 1; k < nTouchedRows; k++) u[touchedRows[k]] += minVal - touchedDist[k - 1];
    for (let k = 0; k < nTouchedCols; k++) v[touchedCols[k]] -= minVal - touchedDist[k];

    let j = sink;
    for (;;) {
      const r = path[j];
      row4col[j] = r;
      const previous = col4row[r];
      col4row[r] = j;
      j = previous;
      if (r === curRow) break;
    }
  }
  return col4row;
}

const AUGMENTING_ROW_REDUCTION_ROUNDS = 4;
const SPARSE_FROM_COLUMNS = 64;
const TILE = 32;

/** `work` (cols × rows) = sign × the transpose of `data` (rows × cols), by cache-sized tiles. */
function copyTransposed(work: Float64Array, data: Float64Array, rows: number, cols: number, sign: number): void {
  const nc = rows;
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const i1 = Math.min(rows, i0 + TILE);
    for (let j0 = 0; j0 < cols; j0 += TILE) {
      const j1 = Math.min(cols, j0 + TILE);
      for (let i = i0; i < i1; i++) {
        const base = i * cols;
        for (let j = j0; j < j1; j++) {
          const c = sign * data[base + j];
          // NaN fails every comparison and -Infinity is below every finite: one test refuses both.
          if (!(c > -Infinity)) throw badCell(c);
          work[j * nc + i] = c;
        }
      }
    }
  }
}

function copyScaled(work: Float64Array, data: Float64Array, sign: number): void {
  for (let k = 0; k < work.length; k++) {
    const c = sign * data[k];
    if (!(c > -Infinity)) throw badCell(c);
    work[k] = c;
  }
}

// The solver's vectors (O(rows + columns)), reused across calls: the solver is synchronous and
// never re-entered, and every view is initialised before it is read.
let scratchF64 = new Float64Array(0);
let scratchI32 = new Int32Array(0);
function vectorScratch(f64Length: number, i32Length: number): { f64: Float64Array; i32: Int32Array } {
  if (scratchF64.length < f64Length) scratchF64 = new Float64Array(Math.max(f64Length, 2 * scratchF64.length));
  if (scratchI32.length < i32Length) scratchI32 = new Int32Array(Math.max(i32Length, 2 * scratchI32.length));
  return { f64: scratchF64, i32: scratchI32 };
}

// The working copy of the matrix, reused across calls (see scratch.ts). Every cell is rewritten
// before use, and the copy never leaves the solver.
let scratch = new Float64Array(0);
function scratchMatrix(cells: number): Float64Array {
  if (cells > SCRATCH_MAX_CELLS) return new Float64Array(cells);
  if (scratch.length < cells) scratch = new Float64Array(cells);
  return scratch.subarray(0, cells);
}
const DEFAULT_CANDIDATES = 64;
const FINISHING_ROUNDS = 2;
