import { readdirSync, readFileSync } from 'node:fs';

// CPU time of process trees from /proc (Linux): utime + stime of a process and its descendants,
// so that a PostgreSQL postmaster counts with its backends.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Stat {
  ppid: number;
  ticks: number;
}

function stat(pid: number): Stat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

function allStats(): Map<number, Stat> {
  const stats = new Map<number, Stat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) stats.set(Number(name), s);
  }
  return stats;
}

/** CPU seconds used so far by each root's tree (the tree as it is now). */
export function treeCpuSeconds(roots: number[]): number[] {
  const stats = allStats();
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  return roots.map((root) => {
    let ticks = 0;
    const queue = [root];
    for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
      ticks += stats.get(pid)?.ticks ?? 0;
      queue.push(...(children.get(pid) ?? []));
    }
    return ticks / TICKS_PER_SECOND;
  });
}

/** Share of one core used by each named process tree over `seconds`. */
export async function idleCpu(processes: Record<string, number[]>, seconds: number): Promise<Record<string, number>> {
  const names = Object.keys(processes);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const measure = () => names.map((n) => sum(treeCpuSeconds(processes[n])));
  const before = measure();
  const t0 = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const after = measure();
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  return Object.fromEntries(names.map((n, i) => [n, (after[i] - before[i]) / elapsed]));
}
