// The simulated year of `npm run bench:load` as plain data (pure: no I/O), so that it can be checked
// without the platform. At scale 1 it is ten times the programme's target: 60 territories, 150
// promotions of 25 seats, 3,750 pairs.

/** The programme's yearly target (6 territories, 15 promotions, 375 pairs) times ten. */
export const FULL = { territories: 60, promotions: 150, seatsPerPromotion: 25 } as const;

/** The realms that exist in deploy/keycloak; the bench provisions the others. */
export const BUILT_IN_TERRITORIES = ['paris', 'rennes', 'tours'] as const;

/** A promotion's cohort, as the intake leaves it. */
export const COHORT = {
  /** Admitted beneficiaries: one per seat. */
  admitted: FULL.seatsPerPromotion,
  /** Interviewed, then waitlisted. */
  waitlisted: 3,
  /** Screened out (did not pass the screening). */
  screenedOut: 2,
  /** Applicants who submit the same application twice: the second is an expected 409. */
  duplicates: 1,
  /** Trained volunteers, one per seat (capacity 1). */
  volunteers: FULL.seatsPerPromotion,
} as const;

export const STAGES = ['intake', 'matching', 'follow-up', 'closing'] as const;
export type Stage = (typeof STAGES)[number];

export interface PromotionPlan {
  /** 0-based index, stable across runs of the same scale. */
  index: number;
  territoryId: string;
  /** The intake wave (January, May, September): promotions of a wave start together. */
  wave: number;
}

export interface TickPlan {
  index: number;
  /** What each active wave does during this tick. */
  stages: { wave: number; stage: Stage }[];
  /** Requests the tick's writes take (the driver's own look-ups and the reads excluded). */
  plannedWrites: number;
}

export interface LoadProfile {
  scale: number;
  territories: string[];
  promotions: PromotionPlan[];
  waves: number;
  meetingsPerPair: number;
  sessionsPerPromotion: number;
  ticks: TickPlan[];
  /** The tick with the most planned writes: the simulated peak. */
  peakTick: number;
  totals: { applications: number; pairs: number; writes: number };
}

/** `load-04` … `load-60`: the realms the bench adds beyond the built-in ones. */
export const territoryName = (i: number) =>
  i < BUILT_IN_TERRITORIES.length ? BUILT_IN_TERRITORIES[i] : `load-${String(i + 1).padStart(2, '0')}`;

/** Writes of one promotion in one stage (the numbers the driver sends, see load-bench.ts). */
export function writesOf(stage: Stage, meetingsPerPair: number, sessionsPerPromotion: number): number {
  const seats = FULL.seatsPerPromotion;
  const applicants = COHORT.admitted + COHORT.waitlisted + COHORT.screenedOut;
  const interviewed = COHORT.admitted + COHORT.waitlisted;
  switch (stage) {
    case 'intake':
      // applications (+ duplicates), screenings, interviews, decisions, volunteers and their training
      return applicants + COHORT.duplicates + applicants + interviewed * 2 + COHORT.volunteers * 2;
    case 'matching':
      // one proposal run, then each proposed pair approved
      return 1 + seats;
    case 'follow-up':
      // sessions planned, every beneficiary registered to each, meetings logged
      return sessionsPerPromotion + sessionsPerPromotion * seats + seats * meetingsPerPair;
    case 'closing':
      // a roll call per session, the T0 surveys of both sides, an outcome per pair
      return sessionsPerPromotion + seats * 2 + seats;
  }
}

export interface ProfileOptions {
  meetingsPerPair?: number;
  sessionsPerPromotion?: number;
  waves?: number;
}

/** The year at `scale` (1 = ten times the target; 0.1 = the target itself). */
export function loadProfile(scale: number, options: ProfileOptions = {}): LoadProfile {
  if (!(scale > 0 && scale <= 1)) throw new Error(`LOAD_SCALE must be in (0, 1], got ${scale}`);
  const meetingsPerPair = options.meetingsPerPair ?? 4;
  const sessionsPerPromotion = options.sessionsPerPromotion ?? 2;
  const territoryCount = Math.max(1, Math.round(FULL.territories * scale));
  const promotionCount = Math.max(1, Math.round(FULL.promotions * scale));
  const waves = Math.min(options.waves ?? 3, promotionCount);
  const territories = Array.from({ length: territoryCount }, (_, i) => territoryName(i));
  // Round-robin over territories, and over waves, so that every wave spans the territories.
  const promotions = Array.from({ length: promotionCount }, (_, index) => ({
    index,
    territoryId: territories[index % territoryCount],
    wave: Math.floor((index * waves) / promotionCount),
  }));
  const perWave = Array.from({ length: waves }, (_, w) => promotions.filter((p) => p.wave === w).length);
  // Wave w is in stage (t - w) at tick t: the waves overlap, as successive intakes do in a year.
  const ticks: TickPlan[] = [];
  for (let t = 0; t < waves + STAGES.length - 1; t++) {
    const stages = perWave
      .map((_, wave) => ({ wave, stage: STAGES[t - wave] }))
      .filter((s): s is { wave: number; stage: Stage } => s.stage !== undefined);
    const plannedWrites = stages.reduce((n, s) => n + perWave[s.wave] * writesOf(s.stage, meetingsPerPair, sessionsPerPromotion), 0);
    ticks.push({ index: t, stages, plannedWrites });
  }
  const peakTick = ticks.reduce((best, t) => (t.plannedWrites > ticks[best].plannedWrites ? t.index : best), 0);
  const applicants = COHORT.admitted + COHORT.waitlisted + COHORT.screenedOut;
  return {
    scale,
    territories,
    promotions,
    waves,
    meetingsPerPair,
    sessionsPerPromotion,
    ticks,
    peakTick,
    totals: {
      applications: promotionCount * applicants,
      pairs: promotionCount * FULL.seatsPerPromotion,
      writes: ticks.reduce((n, t) => n + t.plannedWrites, 0),
    },
  };
}

/** Round-robin over the groups of `items` (by `key`), so that consecutive requests touch different ones. */
export function interleave<T>(items: readonly T[], key: (x: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const group = groups.get(key(x)) ?? [];
    groups.set(key(x), group);
    group.push(x);
  }
  const queues = [...groups.values()];
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++) for (const q of queues) if (i < q.length) out.push(q[i]);
  return out;
}
