import { findBlocks, mayHaveBlocks } from './blocks';
import { solveLinearSumAssignment } from './linear-assignment.solver';
import { SeededRandom } from './seeded-random';
import { bruteForceLinearAssignment } from './testing/brute-force';

/**
 * A matrix whose allowed cells fall in `groups` (rows and columns scattered over them at random,
 * as promotions are in a national export); cells across groups hold `neutral`.
 */
function blockMatrix(
  rng: SeededRandom,
  rows: number,
  cols: number,
  groups: number,
  cell: () => number,
  neutral = 0,
): { cost: number[][]; rowGroup: number[]; colGroup: number[] } {
  const rowGroup = Array.from({ length: rows }, () => rng.int(0, groups - 1));
  const colGroup = Array.from({ length: cols }, () => rng.int(0, groups - 1));
  const cost = rowGroup.map((g) => colGroup.map((h) => (g === h ? cell() : neutral)));
  return { cost, rowGroup, colGroup };
}

function checkIsAssignment(rows: number, cols: number, rowInd: Int32Array, colInd: Int32Array): void {
  expect(rowInd.length).toBe(Math.min(rows, cols));
  expect(new Set(rowInd).size).toBe(rowInd.length);
  expect(new Set(colInd).size).toBe(colInd.length);
}

describe('findBlocks', () => {
  it('When the negative cells form two groups, then each row and column is labelled with its group', () => {
    const data = Float64Array.from([
      -1,
      0,
      -2,
      0, //
      0,
      -3,
      0,
      0, //
      -4,
      0,
      0,
      0, //
      0,
      0,
      0,
      0, //
    ]);
    const blocks = findBlocks(data, 4, 4, 1);
    expect(blocks).not.toBeNull();
    expect(blocks?.count).toBe(2);
    expect(Array.from(blocks?.rowBlock ?? [])).toEqual([0, 1, 0, -1]);
    expect(Array.from(blocks?.colBlock ?? [])).toEqual([0, 1, 0, -1]);
  });

  it('When a row bridges two groups, then they are one block', () => {
    const data = Float64Array.from([
      -1,
      0,
      0, //
      0,
      -1,
      0, //
      -1,
      -1,
      0, //
    ]);
    expect(findBlocks(data, 3, 3, 1)?.count).toBe(1);
  });

  it('When maximising, then the positive cells are the edges', () => {
    const data = Float64Array.from([5, 0, 0, 7]);
    expect(findBlocks(data, 2, 2, -1)?.count).toBe(2);
  });

  it('When a cell is worth less than leaving its row unmatched, then there are no blocks to use', () => {
    expect(findBlocks(Float64Array.from([-1, 0, 0, 2]), 2, 2, 1)).toBeNull();
    expect(findBlocks(Float64Array.from([-1, 0, 0, Infinity]), 2, 2, 1)).toBeNull();
  });

  it('When a cell is NaN or an infinity of the wrong sign, then it is refused like the whole-matrix path refuses it', () => {
    expect(() => findBlocks(Float64Array.from([-1, 0, 0, NaN]), 2, 2, 1)).toThrow(/NaN/);
    expect(() => findBlocks(Float64Array.from([-1, 0, 0, -Infinity]), 2, 2, 1)).toThrow(/wrong sign/);
    expect(() =>
      solveLinearSumAssignment([
        [-1, 0, 0],
        [0, NaN, 0],
        [0, 0, 0],
      ]),
    ).toThrow(/NaN/);
  });

  it('When every sampled row is allowed almost everywhere, then the search for blocks is skipped', () => {
    const rng = new SeededRandom(3);
    const dense = Float64Array.from({ length: 100 * 100 }, () => (rng.next() < 0.02 ? 0 : -1 - rng.int(0, 9)));
    expect(mayHaveBlocks(dense, 100, 100, 1)).toBe(false);
    const { cost } = blockMatrix(rng, 100, 100, 4, () => -1 - rng.int(0, 9));
    expect(mayHaveBlocks(Float64Array.from(cost.flat()), 100, 100, 1)).toBe(true);
  });
});

describe('solveLinearSumAssignment by blocks', () => {
  it('When small block matrices are maximised, then the total equals brute force and the whole-matrix solve', () => {
    const rng = new SeededRandom(2025);
    for (let trial = 0; trial < 120; trial++) {
      const rows = rng.int(1, 8);
      const cols = rng.int(1, 8);
      // Ties, zeros inside blocks and uneven blocks (more rows than columns in some) included.
      const { cost } = blockMatrix(rng, rows, cols, rng.int(1, 4), () => (rng.next() < 0.2 ? 0 : rng.int(1, 6)));
      const byBlocks = solveLinearSumAssignment(cost, true);
      checkIsAssignment(rows, cols, byBlocks.rowInd, byBlocks.colInd);
      expect(byBlocks.total).toBe(bruteForceLinearAssignment(cost, true).total);
      expect(byBlocks.total).toBe(solveLinearSumAssignment(cost, true, { decompose: false }).total);
    }
  });

  it('When larger block matrices of every shape are solved, then blocks and the whole matrix agree', () => {
    const rng = new SeededRandom(15);
    for (const [rows, cols, groups] of [
      [375, 367, 15],
      [300, 300, 40],
      [120, 200, 6],
      [200, 120, 6],
      [90, 90, 90],
    ]) {
      const { cost } = blockMatrix(rng, rows, cols, groups, () => 1000 + rng.int(0, 300));
      const byBlocks = solveLinearSumAssignment(cost, true);
      checkIsAssignment(rows, cols, byBlocks.rowInd, byBlocks.colInd);
      let recomputed = 0;
      for (let k = 0; k < byBlocks.rowInd.length; k++) recomputed += cost[byBlocks.rowInd[k]][byBlocks.colInd[k]];
      expect(byBlocks.total).toBe(recomputed);
      expect(byBlocks.total).toBe(solveLinearSumAssignment(cost, true, { decompose: false }).total);
    }
  });

  it('When minimising costs that are all ≤ 0, then zeros are neutral and blocks give the same total', () => {
    const rng = new SeededRandom(77);
    for (let trial = 0; trial < 40; trial++) {
      const rows = rng.int(2, 8);
      const cols = rng.int(2, 8);
      const { cost } = blockMatrix(rng, rows, cols, 3, () => -rng.int(0, 9));
      expect(solveLinearSumAssignment(cost).total).toBe(bruteForceLinearAssignment(cost).total);
    }
  });

  it('When the cells across groups are worth more than leaving a row out, then the whole matrix is solved and the total is still exact', () => {
    const rng = new SeededRandom(78);
    for (let trial = 0; trial < 40; trial++) {
      const rows = rng.int(2, 8);
      const cols = rng.int(2, 8);
      // Minimising with positive cells across groups: a zero is no longer "unmatched".
      const { cost } = blockMatrix(rng, rows, cols, 3, () => -rng.int(0, 9), 2);
      expect(solveLinearSumAssignment(cost).total).toBe(bruteForceLinearAssignment(cost).total);
    }
  });

  it('When the same block matrix is solved twice, then the assignment is identical', () => {
    const rng = new SeededRandom(9);
    const { cost } = blockMatrix(rng, 150, 140, 8, () => rng.int(1, 3));
    const a = solveLinearSumAssignment(cost, true);
    const b = solveLinearSumAssignment(cost, true);
    expect(Array.from(a.colForRow)).toEqual(Array.from(b.colForRow));
  });
});
