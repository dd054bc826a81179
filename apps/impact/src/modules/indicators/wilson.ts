/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval of a proportion (Wilson 1927; method 3 of Newcombe 1998). Chosen over the
 * normal approximation because programme cells are small and proportions near 0 or 1 (94 %): it
 * never leaves [0, 1] and stays honest for n around 20. Undefined when there is no one to count.
 */
export function wilsonInterval(successes: number, total: number, z = Z_95): Interval | undefined {
  if (!Number.isInteger(successes) || !Number.isInteger(total) || successes < 0 || successes > total)
    throw new RangeError(`wilsonInterval: ${successes} successes out of ${total}`);
  if (total === 0) return undefined;
  const p = successes / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
