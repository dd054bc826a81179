/**
 * Benchmark: our solver vs SciPy's linear_sum_assignment and two npm packages on cohort matrices
 * built from the real scoring. Run through `bash libs/matching-engine/bench/run.sh`.
 *
 * Options: --python PATH (the venv interpreter, set by run.sh), --sizes 25,375,2000, --runs N.
 * Exit code 1 only if some implementation returns a total different from SciPy's optimum (a
 * correctness bug); missed speed targets are reported, not fatal.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCohortMatrix, type CohortMatrix } from '../src/assignment.solver';
import { solveGreedy } from '../src/greedy';
import { solveLinearSumAssignment } from '../src/linear-assignment.solver';
import { generatePool } from './pool.generator';

interface Args {
  python: string;
  sizes: number[];
  runs: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { python: 'python3', sizes: [25, 375, 2000], runs: null };
  for (let k = 0; k < argv.length; k++) {
    const value = argv[k + 1];
    if (argv[k] === '--python' && value) args.python = value;
    else if (argv[k] === '--sizes' && value) args.sizes = value.split(',').map(Number);
    else if (argv[k] === '--runs' && value) args.runs = Number(value);
    else continue;
    k++;
  }
  return args;
}

/** Column of each row (-1 when unassigned). */
type Solver = (matrix: CohortMatrix) => Int32Array;

interface Timing {
  medianMs: number;
  colForRow: Int32Array;
  runs: number;
}

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function time(solve: Solver, matrix: CohortMatrix, runs: number): Timing {
  // The warm-up lets V8 optimise; very slow solvers get fewer timed runs.
  let start = nowMs();
  let colForRow = solve(matrix);
  const warmUp = nowMs() - start;
  const n = warmUp > 2000 ? 1 : warmUp > 300 ? Math.min(runs, 3) : runs;
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    start = nowMs();
    colForRow = solve(matrix);
    times.push(nowMs() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { medianMs, colForRow, runs: n };
}

interface Outcome {
  total: number;
  pairs: number;
  score: number;
}

function evaluate(matrix: CohortMatrix, colForRow: Int32Array): Outcome {
  const { rows, cols, data } = matrix.matrix;
  const used = new Uint8Array(cols);
  let total = 0;
  let pairs = 0;
  let score = 0;
  for (let r = 0; r < rows; r++) {
    const c = colForRow[r];
    if (c < 0) continue;
    if (used[c]) throw new Error('solver returned a column twice');
    used[c] = 1;
    total += data[r * cols + c];
    const s = matrix.scores[r * cols + c];
    if (s >= 0) {
      pairs++;
      score += s;
    }
  }
  return { total, pairs, score };
}

interface LinearSumAssignmentModule {
  linearSumAssignment(input: number[][], options: { maximaze: boolean }): { rowAssignments: Float64Array };
}
type Munkres = (cost: number[][]) => [number, number][];

function toNested(matrix: CohortMatrix, transform: (x: number) => number = (x) => x): number[][] {
  const { rows, cols, data } = matrix.matrix;
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * cols, (r + 1) * cols), transform));
}

function runScipy(python: string, matrix: CohortMatrix, runs: number): { timeMs: number; total: number; version: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lsap-'));
  try {
    const file = join(dir, 'matrix.f64');
    const { rows, cols, data } = matrix.matrix;
    writeFileSync(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    // OPENBLAS_* tuning variables set on this machine slow numpy down; unset them for the child only.
    const out = execFileSync(
      'env',
      ['-u', 'OPENBLAS_CORETYPE', '-u', 'OPENBLAS_L2_SIZE', python, join(__dirname, 'scipy_lsap.py'), file, String(rows), String(cols), String(runs), 'maximize'],
      { maxBuffer: 64 * 1024 * 1024 },
    ).toString();
    const parsed = JSON.parse(out) as { timeMs: number; total: number; scipy: string };
    return { timeMs: parsed.timeMs, total: parsed.total, version: parsed.scipy };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x: number, digits = 2): string => x.toFixed(digits);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const lsa = (await import('linear-sum-assignment' as string)) as LinearSumAssignmentModule;
  const munkres = ((await import('munkres-js' as string)) as { default: Munkres }).default;

  const implementations: { name: string; prepare: (m: CohortMatrix) => Solver }[] = [
    { name: 'matching-engine', prepare: () => (m) => solveLinearSumAssignment(m.matrix, true).colForRow },
    {
      name: 'linear-sum-assignment (npm)',
      prepare: (m) => {
        const nested = toNested(m);
        return () => {
          const { rowAssignments } = lsa.linearSumAssignment(nested, { maximaze: true });
          return Int32Array.from(rowAssignments);
        };
      },
    },
    {
      name: 'munkres-js (npm)',
      prepare: (m) => {
        // munkres-js only minimises: hand it max − weight, built outside the timed region.
        let max = 0;
        for (const x of m.matrix.data) max = Math.max(max, x);
        const nested = toNested(m, (x) => max - x);
        return () => {
          const colForRow = new Int32Array(m.matrix.rows).fill(-1);
          for (const [r, c] of munkres(nested)) colForRow[r] = c;
          return colForRow;
        };
      },
    },
  ];

  const header = `${pad('size', 11)} ${pad('implementation', 28)} ${lpad('time ms', 10)} ${lpad('score', 9)} ${lpad('pairs', 6)} ${lpad('×SciPy', 8)}  optimal`;
  const lines: string[] = [header, '-'.repeat(header.length)];
  const greedyLines: string[] = [];
  const estimates = new Map<string, { size: number; ms: number }>();
  const ours = new Map<number, number>();
  const scipyTimes = new Map<number, number>();
  const jsAt375 = new Map<string, number>();
  let allOptimal = true;
  let scipyVersion = '?';

  for (const size of args.sizes) {
    const pool = generatePool(size, 20250 + size);
    const start = nowMs();
    const matrix = buildCohortMatrix(pool);
    const buildMs = nowMs() - start;
    const runs = args.runs ?? (size <= 25 ? 51 : size <= 400 ? 21 : 5);
    process.stderr.write(
      `${size}×${size} pool: ${matrix.matrix.rows}×${matrix.matrix.cols} matrix built from the scoring in ${fmt(buildMs, 0)} ms; solving…\n`,
    );

    const scipy = runScipy(args.python, matrix, runs);
    scipyVersion = scipy.version;
    scipyTimes.set(size, scipy.timeMs);
    const label = `${size}×${size}`;
    lines.push(
      `${pad(label, 11)} ${pad(`SciPy ${scipy.version}`, 28)} ${lpad(fmt(scipy.timeMs), 10)} ${lpad('', 9)} ${lpad('', 6)} ${lpad('1.00', 8)}  reference (matrix ${matrix.matrix.rows}×${matrix.matrix.cols}, weight ${scipy.total})`,
    );

    for (const impl of implementations) {
      const previous = estimates.get(impl.name);
      if (impl.name !== 'matching-engine' && previous) {
        // O(n³) worst case: extrapolate from the largest size measured so far.
        const estimateMs = previous.ms * (size / previous.size) ** 3;
        if (estimateMs > 60_000) {
          lines.push(`${pad(label, 11)} ${pad(impl.name, 28)} skipped (too slow: est. ${fmt(estimateMs / 1000, 0)} s)`);
          continue;
        }
      }
      const solve = impl.prepare(matrix);
      const timing = time(solve, matrix, runs);
      const outcome = evaluate(matrix, timing.colForRow);
      estimates.set(impl.name, { size, ms: timing.medianMs });
      if (impl.name === 'matching-engine') ours.set(size, timing.medianMs);
      if (size === 375) jsAt375.set(impl.name, timing.medianMs);
      const optimal = outcome.total === scipy.total;
      if (!optimal) allOptimal = false;
      lines.push(
        `${pad(label, 11)} ${pad(impl.name, 28)} ${lpad(fmt(timing.medianMs), 10)} ${lpad(String(outcome.score), 9)} ${lpad(String(outcome.pairs), 6)} ${lpad(fmt(timing.medianMs / scipy.timeMs), 8)}  ${optimal ? 'yes' : `NO (weight ${outcome.total} vs ${scipy.total})`}`,
      );
    }

    const optimum = evaluate(matrix, solveLinearSumAssignment(matrix.matrix, true).colForRow);
    const greedy = solveGreedy(pool);
    greedyLines.push(
      `${pad(label, 11)} greedy: score ${greedy.totalScore}, ${greedy.pairCount} pairs; optimum: score ${optimum.score}, ${optimum.pairs} pairs; optimum wins ${optimum.score - greedy.totalScore} points (${fmt((100 * (optimum.score - greedy.totalScore)) / Math.max(1, greedy.totalScore), 1)} %) and ${optimum.pairs - greedy.pairCount} pairs`,
    );
  }

  console.log(`\nLinear sum assignment on cohort matrices (maximise BIG + score; SciPy ${scipyVersion}; median times)\n`);
  console.log(lines.join('\n'));
  console.log('\nGreedy "first come, best available" vs optimum\n');
  console.log(greedyLines.join('\n'));

  console.log('\nTargets');
  const check = (label: string, met: boolean | null, detail: string): void =>
    console.log(`  [${met === null ? 'n/a' : met ? 'met' : 'MISSED'}] ${label}: ${detail}`);
  check('same optimal total as SciPy on every instance', allOptimal, allOptimal ? 'all equal' : 'see NO above');
  const o375 = ours.get(375);
  check('375×375 under 20 ms', o375 === undefined ? null : o375 < 20, o375 === undefined ? 'not run' : `${fmt(o375)} ms`);
  const o2000 = ours.get(2000);
  const s2000 = scipyTimes.get(2000);
  check(
    '2000×2000 within 3× SciPy',
    o2000 === undefined || s2000 === undefined ? null : o2000 <= 3 * s2000,
    o2000 === undefined || s2000 === undefined ? 'not run' : `${fmt(o2000 / s2000)}× (${fmt(o2000, 0)} ms vs ${fmt(s2000, 0)} ms)`,
  );
  for (const name of ['linear-sum-assignment (npm)', 'munkres-js (npm)']) {
    const theirs = jsAt375.get(name);
    check(
      `≥10× faster than ${name} at 375×375`,
      theirs === undefined || o375 === undefined ? null : theirs / o375 >= 10,
      theirs === undefined || o375 === undefined ? 'not run' : `${fmt(theirs / o375, 1)}×`,
    );
  }
  if (!allOptimal) {
    console.error('\nAn implementation returned a non-optimal total: correctness bug.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
