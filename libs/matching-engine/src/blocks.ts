/**
 * Independent blocks of an assignment problem.
 *
 * In a national year every pair must share a territory and a promotion, so the cohort matrix is
 * block-diagonal up to the order of its rows and columns: fifteen promotions of 25 are fifteen
 * 25×25 problems, not one 375×375 problem. In "minimise" space (cost × sign), when no cell is
 * positive a cell of 0 is worth exactly as much as leaving its row unmatched, so only the negative
 * cells ("edges") tie rows to columns. The connected components of those edges are solved one by one
 * on their own small matrices, and the rows or columns they leave over are paired at cost 0 (every
 * cell between two components is 0). The total is the same as solving the whole matrix.
 */

/** Rows and columns of each block (-1: no edge at all), blocks numbered in order of first row. */
export interface Blocks {
  readonly count: number;
  readonly rowBlock: Int32Array;
  readonly colBlock: Int32Array;
}

const SAMPLED_ROWS = 8;

/**
 * Cheap test on a few evenly spaced rows: worth looking for blocks only if one of them has edges in
 * at most three quarters of the columns. A dense cohort (a few forbidden pairs per row) skips the
 * search; a miss only costs speed, never exactness.
 */
export function mayHaveBlocks(data: Float64Array, rows: number, cols: number, sign: number): boolean {
  const step = Math.max(1, Math.floor(rows / SAMPLED_ROWS));
  for (let i = 0; i < rows; i += step) {
    const base = i * cols;
    let edges = 0;
    for (let j = 0; j < cols; j++) if (sign * data[base + j] < 0) edges++;
    if (edges > 0 && 4 * edges <= 3 * cols) return true;
  }
  return false;
}

/**
 * Connected components of the edges by union–find over the columns, one read-only pass over the
 * input. Returns null when a cell is positive (then zeros are not neutral and blocks do not apply);
 * throws on NaN or an infinity of the wrong sign, like the solver's copy.
 */
export function findBlocks(data: Float64Array, rows: number, cols: number, sign: number): Blocks | null {
  // parent: -1 for a column with no edge yet; rowRoot: NO_ROOT for a row with none (a distinct
  // value, so that an unseen column never looks already joined to the current row).
  const parent = new Int32Array(cols).fill(-1);
  const rowRoot = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let root = NO_ROOT;
    for (let j = 0; j < cols; j++) {
      const x = data[base + j];
      // Most cells of a national run are 0: one well-predicted test each (-0 is 0, NaN is not).
      if (x === 0) continue;
      const c = sign * x;
      if (c < 0) {
        if (c === -Infinity) throw badCell(c);
        // Once a block's columns point at its root, each further edge costs one comparison.
        if (parent[j] !== root) root = joinColumn(parent, j, root);
      } else if (c > 0) {
        return null;
      } else {
        throw badCell(c);
      }
    }
    rowRoot[i] = root;
  }
  const label = new Int32Array(cols).fill(-1);
  const rowBlock = new Int32Array(rows).fill(-1);
  const colBlock = new Int32Array(cols).fill(-1);
  let count = 0;
  for (let i = 0; i < rows; i++) {
    if (rowRoot[i] === NO_ROOT) continue;
    const root = findRoot(parent, rowRoot[i]);
    if (label[root] < 0) label[root] = count++;
    rowBlock[i] = label[root];
  }
  for (let j = 0; j < cols; j++) if (parent[j] >= 0) colBlock[j] = label[findRoot(parent, j)];
  return { count, rowBlock, colBlock };
}

const NO_ROOT = -2;

/** Joins column j to the current row's component `root` (NO_ROOT: none yet); returns the row's root. */
function joinColumn(parent: Int32Array, j: number, root: number): number {
  const p = parent[j];
  if (p === -1) {
    const joined = root === NO_ROOT ? j : root;
    parent[j] = joined;
    return joined;
  }
  const r = findRoot(parent, p);
  if (root === NO_ROOT) return r;
  if (r !== root) parent[r] = root;
  parent[j] = root;
  return root;
}

function findRoot(parent: Int32Array, j: number): number {
  while (parent[j] !== j) {
    const up = parent[parent[j]];
    parent[j] = up;
    j = up;
  }
  return j;
}

/** The refusal of a cell no solve accepts (shared with the whole-matrix copy). */
export function badCell(c: number): RangeError {
  return new RangeError(c !== c ? 'cost matrix contains NaN' : 'cost matrix contains an infinity of the wrong sign');
}

/** Solves a row-major nr × nc minimisation with nr <= nc; returns the column of every row. */
export type RectangularSolver = (nr: number, nc: number, cost: Float64Array) => Int32Array;

/**
 * Solves every block on its own matrix (sign applied, transposed when the block has more rows than
 * columns), then completes the assignment in index order with the rows and columns left over, which
 * cost 0 together. Returns the column of every input row (-1 for rows left out when rows > cols).
 */
export function solveBlocks(
  data: Float64Array,
  rows: number,
  cols: number,
  sign: number,
  blocks: Blocks,
  solve: RectangularSolver,
): Int32Array {
  const { count, rowBlock, colBlock } = blocks;
  const colForRow = new Int32Array(rows).fill(-1);
  // Rows and columns of every block, by counting sort (index order within a block).
  const rowStart = new Int32Array(count + 1);
  const colStart = new Int32Array(count + 1);
  for (let i = 0; i < rows; i++) if (rowBlock[i] >= 0) rowStart[rowBlock[i] + 1]++;
  for (let j = 0; j < cols; j++) if (colBlock[j] >= 0) colStart[colBlock[j] + 1]++;
  for (let b = 0; b < count; b++) {
    rowStart[b + 1] += rowStart[b];
    colStart[b + 1] += colStart[b];
  }
  const rowsOf = new Int32Array(rowStart[count]);
  const colsOf = new Int32Array(colStart[count]);
  const rowFill = rowStart.slice(0, count);
  const colFill = colStart.slice(0, count);
  for (let i = 0; i < rows; i++) if (rowBlock[i] >= 0) rowsOf[rowFill[rowBlock[i]]++] = i;
  for (let j = 0; j < cols; j++) if (colBlock[j] >= 0) colsOf[colFill[colBlock[j]]++] = j;

  let largest = 0;
  for (let b = 0; b < count; b++) {
    largest = Math.max(largest, (rowStart[b + 1] - rowStart[b]) * (colStart[b + 1] - colStart[b]));
  }
  const buffer = new Float64Array(largest);
  for (let b = 0; b < count; b++) {
    const rs = rowsOf.subarray(rowStart[b], rowStart[b + 1]);
    const cs = colsOf.subarray(colStart[b], colStart[b + 1]);
    const m = rs.length;
    const n = cs.length;
    const sub = buffer.subarray(0, m * n);
    if (m <= n) {
      for (let r = 0; r < m; r++) {
        const base = rs[r] * cols;
        for (let c = 0; c < n; c++) sub[r * n + c] = sign * data[base + cs[c]];
      }
      const solved = solve(m, n, sub);
      for (let r = 0; r < m; r++) colForRow[rs[r]] = cs[solved[r]];
    } else {
      for (let r = 0; r < m; r++) {
        const base = rs[r] * cols;
        for (let c = 0; c < n; c++) sub[c * m + r] = sign * data[base + cs[c]];
      }
      const solved = solve(n, m, sub);
      for (let c = 0; c < n; c++) colForRow[rs[solved[c]]] = cs[c];
    }
  }

  // The smaller side must be complete: pair what is left over, lowest indices first.
  const colUsed = new Uint8Array(cols);
  let pairs = 0;
  for (let i = 0; i < rows; i++) {
    if (colForRow[i] < 0) continue;
    colUsed[colForRow[i]] = 1;
    pairs++;
  }
  let i = 0;
  let j = 0;
  while (pairs < Math.min(rows, cols)) {
    while (colForRow[i] >= 0) i++;
    while (colUsed[j]) j++;
    colForRow[i] = j;
    colUsed[j] = 1;
    pairs++;
  }
  return colForRow;
}
