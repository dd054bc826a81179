/**
 * Benchmark: our solver vs SciPy's linear_sum_assignment and two npm packages on cohort matrices
 * built from the real scoring. Run through `bash libs/matching-engine/bench/run.sh`.
 *
 * Instances (--instances, default all):
 * - `25`: one promotion of 25 (the unit the service matches);
 * - `375`: a national year as one pool (DOMAIN.md: 6 territories, 15 promotions, 375 pairs); the rule
 *   "same territory and promotion" makes its matrix block-diagonal up to the order of rows;
 * - `375-one-pool`: 375 people in a single promotion, all mutually eligible: not something the
 *   programme's rules produce, kept as the dense worst case at that size;
 * - `2000`: 2,000 in a single pool (dense).
 * Options: --python PATH (the venv interpreter, set by run.sh), --instances 25,375,…, --runs N.
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
import { generateNationalYear, generatePool, type Pool } from './pool.generator';

interface Instance {
  readonly key: string;
  readonly label: string;
  readonly size: number;
  readonly pool: () => Pool;
}

const INSTANCES: readonly Instance[] = [
  { key: '25', label: '25×25 one promotion', size: 25, pool: () => generatePool(25, 20275) },
  { key: '375', label: '375×375 national year', size: 375, pool: () => generateNationalYear(20625) },
  { key: '375-one-pool', label: '375×375 one pool', size: 375, pool: () => generatePool(375, 20625) },
  { key: '2000', label: '2000×2000 one pool', size: 2000, pool: () => generatePool(2000, 22250) },
];

interface Args {
  python: string;
  instances: Instance[];
  runs: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { python: 'python3', instances: [...INSTANCES], runs: null };
  for (let k = 0; k < argv.length; k++) {
    const value = argv[k + 1];
    if (argv[k] === '--python' && value) args.python = value;
    else if (argv[k] === '--instances' && value) {
      args.instances = value.split(',').map((key) => {
        const instance = INSTANCES.find((candidate) => candidate.key === key);
        if (!instance) throw new Error(`unknown instance ${key} (known: ${INSTANCES.map((i) => i.key).join(', ')})`);
        return instance;
      });
    } else if (argv[k] === '--runs' && value) args.runs = Number(value);
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

const WARM_UP_MS = 300;
const WARM_UP_MAX_RUNS = 200;

function time(solve: Solver, matrix: CohortMatrix, runs: number): Timing {
  // The same warm-up for every JavaScript implementation: runs until ~300 ms or 200 runs, so V8 has
  // optimised the hot code before timing; very slow solvers get fewer timed runs.
  let start = nowMs();
  let colForRow = solve(matrix);
  const first = nowMs() - start;
  for (let k = 1; k < WARM_UP_MAX_RUNS && nowMs() - start < WARM_UP_MS; k++) colForRow = solve(matrix);
  const n = first > 2000 ? 1 : first > 300 ? Math.min(runs, 3) : runs;
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
      [
        '-u',
        'OPENBLAS_CORETYPE',
        '-u',
        'OPENBLAS_L2_SIZE',
        python,
        join(__dirname, 'scipy_lsap.py'),
        file,
        String(rows),
        String(cols),
        String(runs),
        'maximize',
      ],
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

  const header = `${pad('instance', 23)} ${pad('implementation', 28)} ${lpad('time ms', 10)} ${lpad('score', 9)} ${lpad('pairs', 6)} ${lpad('×SciPy', 8)}  optimal`;
  const lines: string[] = [header, '-'.repeat(header.length)];
  const W = 23;
  const greedyLines: string[] = [];
  const estimates = new Map<string, { size: number; ms: number }>();
  const ours = new Map<string, number>();
  const scipyTimes = new Map<string, number>();
  const jsTimes = new Map<string, number>();
  let allOptimal = true;
  let scipyVersion = '?';

  for (const instance of args.instances) {
    const { key, size } = instance;
    const pool = instance.pool();
    const start = nowMs();
    const matrix = buildCohortMatrix(pool);
    const buildMs = nowMs() - start;
    const runs = args.runs ?? (size <= 25 ? 51 : size <= 400 ? 21 : 5);
    let allowed = 0;
    for (const score of matrix.scores) if (score >= 0) allowed++;
    process.stderr.write(
      `${instance.label}: ${matrix.matrix.rows}×${matrix.matrix.cols} matrix (${fmt((100 * allowed) / Math.max(1, matrix.scores.length), 1)} % of pairs allowed) built from the scoring in ${fmt(buildMs, 0)} ms; solving…\n`,
    );

    const scipy = runScipy(args.python, matrix, runs);
    scipyVersion = scipy.version;
    scipyTimes.set(key, scipy.timeMs);
    const label = instance.label;
    lines.push(
      `${pad(label, W)} ${pad(`SciPy ${scipy.version}`, 28)} ${lpad(fmt(scipy.timeMs), 10)} ${lpad('', 9)} ${lpad('', 6)} ${lpad('1.00', 8)}  reference (matrix ${matrix.matrix.rows}×${matrix.matrix.cols}, weight ${scipy.total})`,
    );

    for (const impl of implementations) {
      const previous = estimates.get(impl.name);
      if (impl.name !== 'matching-engine' && previous && size > previous.size) {
        // O(n³) worst case: extrapolate from the largest size measured so far.
        const estimateMs = previous.ms * (size / previous.size) ** 3;
        if (estimateMs > 60_000) {
          lines.push(`${pad(label, W)} ${pad(impl.name, 28)} skipped (too slow: est. ${fmt(estimateMs / 1000, 0)} s)`);
          continue;
        }
      }
      const solve = impl.prepare(matrix);
      const timing = time(solve, matrix, runs);
      const outcome = evaluate(matrix, timing.colForRow);
      estimates.set(impl.name, { size, ms: timing.medianMs });
      if (impl.name === 'matching-engine') ours.set(key, timing.medianMs);
      else jsTimes.set(`${key} ${impl.name}`, timing.medianMs);
      const optimal = outcome.total === scipy.total;
      if (!optimal) allOptimal = false;
      lines.push(
        `${pad(label, W)} ${pad(impl.name, 28)} ${lpad(fmt(timing.medianMs), 10)} ${lpad(String(outcome.score), 9)} ${lpad(String(outcome.pairs), 6)} ${lpad(fmt(timing.medianMs / scipy.timeMs), 8)}  ${optimal ? 'yes' : `NO (weight ${outcome.total} vs ${scipy.total})`}`,
      );
    }

    const optimum = evaluate(matrix, solveLinearSumAssignment(matrix.matrix, true).colForRow);
    const greedy = solveGreedy(pool);
    greedyLines.push(
      `${pad(label, W)} greedy: score ${greedy.totalScore}, ${greedy.pairCount} pairs; optimum: score ${optimum.score}, ${optimum.pairs} pairs; optimum wins ${optimum.score - greedy.totalScore} points (${fmt((100 * (optimum.score - greedy.totalScore)) / Math.max(1, greedy.totalScore), 1)} %) and ${optimum.pairs - greedy.pairCount} pairs`,
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
  const ratio = (key: string, name: string): number | undefined => {
    const theirs = jsTimes.get(`${key} ${name}`);
    const o = ours.get(key);
    return theirs === undefined || o === undefined ? undefined : theirs / o;
  };
  for (const [key, what] of [
    ['375', '375×375 national year'],
    ['375-one-pool', "375×375 one pool (dense worst case, beyond the issue's national year)"],
  ] as const) {
    const o = ours.get(key);
    check(`${what} under 20 ms`, o === undefined ? null : o < 20, o === undefined ? 'not run' : `${fmt(o)} ms`);
    for (const name of ['linear-sum-assignment (npm)', 'munkres-js (npm)']) {
      const r = ratio(key, name);
      check(`${what}: ≥10× faster than ${name}`, r === undefined ? null : r >= 10, r === undefined ? 'not run' : `${fmt(r, 1)}×`);
    }
  }
  const o2000 = ours.get('2000');
  const s2000 = scipyTimes.get('2000');
  check(
    '2000×2000 within 3× SciPy',
    o2000 === undefined || s2000 === undefined ? null : o2000 <= 3 * s2000,
    o2000 === undefined || s2000 === undefined ? 'not run' : `${fmt(o2000 / s2000)}× (${fmt(o2000, 0)} ms vs ${fmt(s2000, 0)} ms)`,
  );
  if (!allOptimal) {
    console.error('\nAn implementation returned a non-optimal total: correctness bug.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
