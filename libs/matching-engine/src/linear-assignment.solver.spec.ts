import { InfeasibleAssignmentError, solveLinearSumAssignment } from './linear-assignment.solver';
import { SeededRandom } from './seeded-random';
import { bruteForceLinearAssignment } from './testing/brute-force';

function randomMatrix(_rng: SeededRandom, rows: number, cols: number, cell: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, cell));
}

function checkIsAssignment(cost: number[][], rowInd: Int32Array, colInd: Int32Array): void {
  const rows = cost.length;
  const cols = cost[0].length;
  expect(rowInd.length).toBe(Math.min(rows, cols));
  expect(new Set(rowInd).size).toBe(rowInd.length);
  expect(new Set(colInd).size).toBe(colInd.length);
  for (let k = 1; k < rowInd.length; k++) expect(rowInd[k]).toBeGreaterThan(rowInd[k - 1]);
}

/** Brute force of 8×8 costs 8! leaves per trial: fewer trials there keep the suite fast. */
function trialsFor(rows: number, cols: number, trials: number): number {
  const side = Math.min(rows, cols);
  return side >= 8 ? 3 : side === 7 ? 8 : trials;
}

const SHAPES: [number, number][] = [
  [1, 1],
  [2, 3],
  [3, 3],
  [4, 4],
  [5, 8],
  [8, 5],
  [6, 6],
  [7, 7],
  [8, 8],
  [3, 8],
];

describe('solveLinearSumAssignment', () => {
  it('When given the SciPy documentation example, then it finds the total of 5', () => {
    const cost = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const result = solveLinearSumAssignment(cost);
    expect(Array.from(result.rowInd)).toEqual([0, 1, 2]);
    expect(Array.from(result.colInd)).toEqual([1, 0, 2]);
    expect(result.total).toBe(5);
  });

  it.each(SHAPES.flatMap(([rows, cols]) => [0, 1, 2].map((rounds) => [rows, cols, rounds] as const)))(
    'When minimising random integer %i×%i matrices with many ties (%i row-reduction rounds), then the total equals brute force',
    (rows, cols, rounds) => {
      const rng = new SeededRandom(rows * 100 + cols);
      for (let trial = 0; trial < trialsFor(rows, cols, 25); trial++) {
        const cost = randomMatrix(rng, rows, cols, () => rng.int(0, 4));
        const result = solveLinearSumAssignment(cost, false, { rowReductionRounds: rounds });
        checkIsAssignment(cost, result.rowInd, result.colInd);
        let recomputed = 0;
        for (let k = 0; k < result.rowInd.length; k++) recomputed += cost[result.rowInd[k]][result.colInd[k]];
        expect(result.total).toBe(recomputed);
        expect(result.total).toBe(bruteForceLinearAssignment(cost).total);
      }
    },
  );

  it.each(SHAPES.flatMap(([rows, cols]) => [0, 1].map((rounds) => [rows, cols, rounds] as const)))(
    'When maximising negative and float costs (%i×%i, %i row-reduction rounds), then the total matches brute force',
    (rows, cols, rounds) => {
      const rng = new SeededRandom(7 + rows * 31 + cols);
      for (let trial = 0; trial < trialsFor(rows, cols, 20); trial++) {
        const cost = randomMatrix(rng, rows, cols, () => (rng.next() - 0.6) * 1000);
        const max = solveLinearSumAssignment(cost, true, { rowReductionRounds: rounds });
        checkIsAssignment(cost, max.rowInd, max.colInd);
        expect(max.total).toBeCloseTo(bruteForceLinearAssignment(cost, true).total ?? NaN, 6);
        const min = solveLinearSumAssignment(cost, false, { rowReductionRounds: rounds });
        expect(min.total).toBeCloseTo(bruteForceLinearAssignment(cost, false).total ?? NaN, 6);
      }
    },
  );

  it('When some cells are forbidden (Infinity) but a complete assignment exists, then it avoids them optimally', () => {
    const rng = new SeededRandom(99);
    let checked = 0;
    for (let trial = 0; trial < 200 && checked < 40; trial++) {
      const rows = rng.int(2, 7);
      const cols = rng.int(2, 7);
      const cost = randomMatrix(rng, rows, cols, () => (rng.next() < 0.35 ? Infinity : rng.int(-5, 20)));
      const rounds = trial % 5;
      const expected = bruteForceLinearAssignment(cost).total;
      if (expected === null) {
        expect(() => solveLinearSumAssignment(cost, false, { rowReductionRounds: rounds })).toThrow(InfeasibleAssignmentError);
        continue;
      }
      checked++;
      const result = solveLinearSumAssignment(cost, false, { rowReductionRounds: rounds });
      expect(result.total).toBe(expected);
      for (let k = 0; k < result.rowInd.length; k++) expect(Number.isFinite(cost[result.rowInd[k]][result.colInd[k]])).toBe(true);
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('When no complete assignment avoids the forbidden cells, then it throws InfeasibleAssignmentError', () => {
    const cost = [
      [1, Infinity],
      [2, Infinity],
    ];
    expect(() => solveLinearSumAssignment(cost)).toThrow(InfeasibleAssignmentError);
  });

  it('When the matrix holds NaN, then it refuses it', () => {
    expect(() => solveLinearSumAssignment([[1, NaN]])).toThrow(RangeError);
    // Also on the transposed path (more rows than columns).
    expect(() => solveLinearSumAssignment([[1], [NaN]])).toThrow(/NaN/);
  });

  it('When an infinity has the wrong sign for the direction, then it refuses it', () => {
    expect(() => solveLinearSumAssignment([[1, -Infinity]])).toThrow(/wrong sign/);
    expect(() => solveLinearSumAssignment([[1], [Infinity]], true)).toThrow(/wrong sign/);
    expect(solveLinearSumAssignment([[1, -Infinity]], true).total).toBe(1);
  });

  it('When given a flat matrix, then it solves it like the nested form and leaves the input untouched', () => {
    const rng = new SeededRandom(5);
    const nested = randomMatrix(rng, 30, 40, () => rng.int(0, 1000));
    const data = Float64Array.from(nested.flat());
    const copy = Float64Array.from(data);
    const flat = solveLinearSumAssignment({ rows: 30, cols: 40, data }, true);
    expect(flat.total).toBe(solveLinearSumAssignment(nested, true).total);
    expect(data).toEqual(copy);
  });

  it('When solving the same input twice, then it returns the same assignment', () => {
    const rng = new SeededRandom(11);
    const cost = randomMatrix(rng, 60, 50, () => rng.int(0, 3));
    const a = solveLinearSumAssignment(cost);
    const b = solveLinearSumAssignment(cost);
    expect(Array.from(a.colForRow)).toEqual(Array.from(b.colForRow));
  });

  it('When a larger tie-heavy matrix is solved with and without the warm start, then the totals agree', () => {
    const rng = new SeededRandom(2024);
    for (const [rows, cols] of [
      [120, 150],
      [150, 120],
      [140, 140],
    ]) {
      const cost = randomMatrix(rng, rows, cols, () => rng.int(0, 6));
      const totals = [0, 1, 2].map((rounds) => solveLinearSumAssignment(cost, true, { rowReductionRounds: rounds }).total);
      expect(new Set(totals).size).toBe(1);
    }
  });

  it('When the matrix is empty, then the assignment is empty', () => {
    expect(solveLinearSumAssignment({ rows: 0, cols: 3, data: new Float64Array(0) }).rowInd.length).toBe(0);
  });
});

describe('solveLinearSumAssignment with the sparse warm start', () => {
  // Tie-heavy and wide-range matrices, square and rectangular, solved with short candidate lists
  // (1, 2, 5 cells a row: the bound on the cells left out is then what keeps the result exact)
  // and with whole rows; every variant must reach the same optimum.
  const shapes: [number, number][] = [
    [70, 70],
    [80, 66],
    [66, 90],
    [120, 120],
  ];
  it.each(shapes)('When a %i×%i matrix is solved with short candidate lists, then the total equals the dense solve', (rows, cols) => {
    const rng = new SeededRandom(rows * 7 + cols);
    for (const cell of [() => rng.int(0, 3), () => rng.int(0, 10_000), () => (rng.next() < 0.1 ? Infinity : rng.int(0, 50))]) {
      const cost = randomMatrix(rng, rows, cols, cell);
      const dense = solveLinearSumAssignment(cost, false, { candidatesPerRow: 1_000_000 });
      for (const candidatesPerRow of [1, 2, 5, 64]) {
        for (const rowReductionRounds of [1, 4]) {
          const sparse = solveLinearSumAssignment(cost, false, { candidatesPerRow, rowReductionRounds });
          checkIsAssignment(cost, sparse.rowInd, sparse.colInd);
          expect(sparse.total).toBe(dense.total);
        }
      }
      const max = solveLinearSumAssignment(
        cost.map((r) => r.map((x) => (x === Infinity ? -Infinity : x))),
        true,
        { candidatesPerRow: 3 },
      );
      expect(max.total).toBe(
        solveLinearSumAssignment(
          cost.map((r) => r.map((x) => (x === Infinity ? -Infinity : x))),
          true,
          { candidatesPerRow: 1_000_000 },
        ).total,
      );
    }
  });

  it('When small matrices are solved with one-cell candidate lists, then the total equals brute force', () => {
    const rng = new SeededRandom(4242);
    for (let trial = 0; trial < 60; trial++) {
      const rows = rng.int(1, 7);
      const cols = rng.int(1, 7);
      const cost = randomMatrix(rng, rows, cols, () => rng.int(0, 5));
      expect(solveLinearSumAssignment(cost, false, { candidatesPerRow: 1 }).total).toBe(bruteForceLinearAssignment(cost).total);
    }
  });

  it('When the sparse warm start meets a row with no allowed cell, then it still reports infeasibility', () => {
    const rng = new SeededRandom(8);
    const cost = randomMatrix(rng, 70, 70, () => rng.int(0, 9));
    cost[3] = cost[3].map(() => Infinity);
    expect(() => solveLinearSumAssignment(cost, false, { candidatesPerRow: 4 })).toThrow(InfeasibleAssignmentError);
  });

  it('When the same tie-heavy input is solved twice with the sparse warm start, then the assignment is identical', () => {
    const rng = new SeededRandom(12);
    const cost = randomMatrix(rng, 100, 90, () => rng.int(0, 2));
    const a = solveLinearSumAssignment(cost, true);
    const b = solveLinearSumAssignment(cost, true);
    expect(Array.from(a.colForRow)).toEqual(Array.from(b.colForRow));
  });
});

describe('solveLinearSumAssignment buffer reuse', () => {
  it('When matrices of different sizes are solved one after another, then no result changes afterwards and each matches a dense solve', () => {
    const rng = new SeededRandom(31);
    const big = randomMatrix(rng, 150, 140, () => rng.int(0, 40));
    const small = randomMatrix(rng, 70, 90, () => rng.int(0, 40));
    const first = solveLinearSumAssignment(big);
    const kept = Array.from(first.colForRow);
    const second = solveLinearSumAssignment(small);
    const again = solveLinearSumAssignment(big);
    expect(Array.from(first.colForRow)).toEqual(kept);
    expect(Array.from(again.colForRow)).toEqual(kept);
    expect(second.total).toBe(solveLinearSumAssignment(small, false, { candidatesPerRow: 1_000_000 }).total);
    expect(first.total).toBe(solveLinearSumAssignment(big, false, { candidatesPerRow: 1_000_000 }).total);
  });
});
