// `npm run bench:load`: a simulated year of the programme at ten times its target, through the
// gateway, with real tokens of each territory's realm (tools/bench/README in ARCHITECTURE.md,
// "Load profile"). LOAD_SCALE (default 1) shrinks it: 0.1 is the target itself, 0.02 a quick check.
//
//   LOAD_SCALE=0.02 npm run bench:load
//
// It prints throughput and p50/p95/p99 per endpoint family (service × read/write), overall and at
// the simulated peak, consumer lag per group over time, RSS per process and the errors (a non-2xx
// that is not an expected 4xx), with the goals beside them (PASS/MISS; the run does not fail on a
// miss, only on errors).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readStream, Recorder, sendAll, type Call } from './load-driver';
import {
  killChildren,
  LagSampler,
  log,
  provisionRealms,
  ROOT,
  RssSampler,
  SERVICES,
  startPlatform,
  stopPlatform,
  Tokens,
  type Platform,
  type Service,
} from './load-platform';
import { COHORT, interleave, loadProfile, type LoadProfile, type PromotionPlan, type Stage } from './load-profile';
import { lagSeries, lagVerdict, latencyGoal, summarise, type LagSample } from './load-stats';

const scale = Number(process.env.LOAD_SCALE ?? '1');
const connections = Number(process.env.LOAD_CONNECTIONS ?? '4');
const runId = Date.now().toString(36);
const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface PromotionState extends PromotionPlan {
  id: string;
  admitted: string[];
  volunteers: string[];
  pairs: { id: string; beneficiaryId: string }[];
  sessions: { id: string; startsAt: number; registrations: string[] }[];
  /** Pairs the consumers have seen (after the barrier that follows their approval). */
  projected: boolean;
}

const SECTORS = [
  ['finance', 'M1607'],
  ['transport', 'N4101'],
  ['health', 'J1506'],
  ['it', 'M1805'],
  ['retail', 'D1106'],
] as const;
const LANGUAGES = ['fa', 'ar', 'ti', 'uk', 'ps', 'ff'];
const OUTCOMES = ['permanent-contract', 'fixed-term-6-months-or-more', 'internship', 'qualifying-training', 'none'];

class Bench {
  readonly rec: Recorder;
  readonly promotions: PromotionState[] = [];
  readonly tickSpans: { tick: number; from: number; to: number; stages: string }[] = [];
  readonly barriers: { tick: number; seconds: number; drained: boolean }[] = [];

  constructor(
    readonly t0: number,
    readonly profile: LoadProfile,
    readonly platform: Platform,
    readonly tokens: Tokens,
    readonly lag: LagSampler,
  ) {
    this.rec = new Recorder(t0);
  }

  manager = (t: string) => () => this.tokens.get(t, 'manager');
  hq = () => this.tokens.get('national', 'hq');
  /** Writes not sent because the run reached LOAD_DEADLINE_MIN. */
  skipped = 0;
  readonly deadline = process.env.LOAD_DEADLINE_MIN ? Date.now() + Number(process.env.LOAD_DEADLINE_MIN) * 60_000 : Infinity;
  send = async (calls: Call[]) => {
    if (Date.now() > this.deadline) {
      this.skipped += calls.length;
      return;
    }
    this.skipped += await sendAll(this.platform.gatewayPort, calls, connections, this.rec, this.deadline);
  };

  async setup(): Promise<void> {
    const territories = this.profile.territories;
    await this.send(
      [
        ['sncf', 'SNCF', ['transport']],
        ['societe-generale', 'Société Générale', ['finance', 'it', 'health', 'retail']],
      ].map(([id, name, sectors]) => ({
        service: 'recruitment',
        kind: 'write',
        method: 'POST',
        path: '/v1/partner-companies',
        body: { id, territoryId: territories, name, sectors },
        token: this.hq,
      })),
    );
    const year = 2027;
    const created: Call[] = this.profile.promotions.map((p) => ({
      service: 'recruitment',
      kind: 'write',
      method: 'POST',
      path: '/v1/promotions',
      body: {
        territoryId: p.territoryId,
        name: `${p.territoryId} ${year}-W${p.wave + 1}-${p.index}`,
        // January, May and September intakes, six months each.
        startsOn: new Date(Date.UTC(year, p.wave * 4, 15)).toISOString().slice(0, 10),
        endsOn: new Date(Date.UTC(year, p.wave * 4 + 6, 15)).toISOString().slice(0, 10),
        capacity: COHORT.admitted,
      },
      token: this.manager(p.territoryId),
      then: (_s, b) => {
        this.promotions.push({
          ...p,
          id: String((b as { _id: string })._id),
          admitted: [],
          volunteers: [],
          pairs: [],
          sessions: [],
          projected: false,
        });
      },
    }));
    await this.send(created);
    this.promotions.sort((a, b) => a.index - b.index);
    await this.send(
      this.promotions.map((p) => ({
        service: 'recruitment',
        kind: 'write',
        method: 'POST',
        path: `/v1/promotions/${p.id}/transitions`,
        body: { to: 'recruiting' },
        token: this.manager(p.territoryId),
      })),
    );
    if (this.promotions.length !== this.profile.promotions.length)
      throw new Error(`${this.promotions.length} of ${this.profile.promotions.length} promotions created`);
  }

  // -- stages -------------------------------------------------------------------------------

  async intake(ps: PromotionState[]): Promise<void> {
    const applicants = COHORT.admitted + COHORT.waitlisted + COHORT.screenedOut;
    const candidates: { p: PromotionState; id: string; k: number }[] = [];
    const application = (p: PromotionState, k: number) => {
      const [sector, trade] = SECTORS[k % SECTORS.length];
      return {
        territoryId: p.territoryId,
        firstName: 'Load',
        lastName: `Applicant ${p.index}-${k}`,
        email: `load.${runId}.${p.index}.${k}@example.org`,
        town: 'Centre',
        protectionStatus: k % 3 ? 'refugee' : 'subsidiary_protection',
        languages: [{ language: LANGUAGES[k % LANGUAGES.length], level: 'native' }],
        frenchLevel: (['A2', 'B1', 'B2'] as const)[k % 3],
        experience: [{ trade: sector, sector, years: 2 + (k % 6), country: 'AF' }],
        targetTrade: trade,
        targetSector: sector,
        availability: ['tue-pm', 'thu-am'],
        housingStable: true,
        resourcesStable: true,
        channel: 'website',
        consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' },
      };
    };
    const people = async () => {
      await this.send(
        ps.flatMap((p) =>
          Array.from({ length: applicants }, (_, k) => ({
            service: 'recruitment' as const,
            kind: 'write' as const,
            method: 'POST' as const,
            path: '/v1/applications',
            body: application(p, k),
            then: (_s: number, b: unknown) => candidates.push({ p, id: String((b as { id: string }).id), k }),
          })),
        ),
      );
      const w = (p: PromotionState, path: string, body: unknown, then?: Call['then']): Call => ({
        service: 'recruitment',
        kind: 'write',
        method: 'POST',
        path,
        body,
        token: this.manager(p.territoryId),
        ...(then ? { then } : {}),
      });
      const screenedOut = (k: number) => k >= COHORT.admitted + COHORT.waitlisted;
      await this.send([
        ...candidates.map(({ p, id, k }) =>
          w(p, `/v1/candidates/${id}/screening`, {
            understoodProgramme: true,
            outcome: screenedOut(k) ? 'failed' : 'passed',
            housingStable: true,
            resourcesStable: true,
          }),
        ),
        // The same person applying twice (a double submission): 409, expected.
        ...ps.flatMap((p) =>
          Array.from({ length: COHORT.duplicates }, (_, k) => ({
            service: 'recruitment' as const,
            kind: 'write' as const,
            method: 'POST' as const,
            path: '/v1/applications',
            body: application(p, k),
            expect: [409],
          })),
        ),
      ]);
      const interviewed = candidates.filter((c) => !screenedOut(c.k));
      await this.send(
        interviewed.map(({ p, id, k }) =>
          w(p, `/v1/candidates/${id}/interview`, {
            interviewerIds: ['staff-a', 'staff-b'],
            durationMinutes: 35,
            assessedFrenchLevel: (['A2', 'B1', 'B2'] as const)[k % 3],
            need: { score: 1 + (k % 5) },
            motivation: { score: 4 },
            projectMaturity: { score: 3 },
            workshopNeeds: ['CV', 'NETWORK'],
          }),
        ),
      );
      // The admissions first: once someone waits for a seat, the next seat is theirs (409 otherwise).
      for (const admit of [true, false])
        await this.send(
          interviewed
            .filter(({ k }) => k < COHORT.admitted === admit)
            .map(({ p, id }) =>
              w(
                p,
                `/v1/candidates/${id}/decision`,
                { outcome: admit ? 'admitted' : 'waitlisted', promotionId: p.id },
                admit ? () => p.admitted.push(id) : undefined,
              ),
            ),
        );
    };
    const volunteers = async () => {
      const created: { p: PromotionState; id: string }[] = [];
      await this.send(
        ps.flatMap((p) =>
          Array.from({ length: COHORT.volunteers }, (_, k) => {
            const [sector, trade] = SECTORS[k % SECTORS.length];
            return {
              service: 'recruitment' as const,
              kind: 'write' as const,
              method: 'POST' as const,
              path: '/v1/volunteers',
              body: {
                territoryId: p.territoryId,
                promotionId: p.id,
                companyId: sector === 'transport' ? 'sncf' : 'societe-generale',
                firstName: 'Load',
                lastName: `Volunteer ${p.index}-${k}`,
                email: `load.${runId}.v${p.index}.${k}@example.org`,
                jobTitle: `${sector} professional`,
                sector,
                trade,
                workplace: { address: '1 place de la Gare', town: 'Centre' },
                languages: [{ language: 'en', level: 'fluent' }],
                availability: ['tue-pm', 'thu-am'],
                strengths: ['CV', 'NETWORK', 'PROFESSIONAL_CODES'],
                capacity: 1,
                commitment: { accepted: true, plannedDays: 3.5 },
              },
              token: this.manager(p.territoryId),
              then: (_s: number, b: unknown) => created.push({ p, id: String((b as { id: string }).id) }),
            };
          }),
        ),
      );
      await this.send(
        created.map(({ p, id }) => ({
          service: 'recruitment',
          kind: 'write',
          method: 'POST',
          path: `/v1/volunteers/${id}/transitions`,
          body: { to: 'trained', attendedOn: '2027-01-16' },
          token: this.manager(p.territoryId),
          then: () => p.volunteers.push(id),
        })),
      );
    };
    await Promise.all([people(), volunteers()]);
  }

  async matching(ps: PromotionState[]): Promise<void> {
    const proposed: { p: PromotionState; id: string; beneficiaryId: string }[] = [];
    await this.send(
      ps.map((p) => ({
        service: 'matching',
        kind: 'write',
        method: 'POST',
        path: `/v1/promotions/${p.id}/proposals`,
        body: { territoryId: p.territoryId },
        token: this.manager(p.territoryId),
        then: (_s, b) => {
          for (const pair of (b as { pairs: { id: string; beneficiaryId: string }[] }).pairs)
            proposed.push({ p, id: pair.id, beneficiaryId: pair.beneficiaryId });
        },
      })),
    );
    // A promotion's decisions are serialised by its lease (matching): interleave the promotions,
    // as their managers work side by side, rather than four decisions at once on one promotion.
    await this.send(
      interleave(proposed, (x) => x.p.id).map(({ p, id, beneficiaryId }) => ({
        service: 'matching',
        kind: 'write',
        method: 'POST',
        path: `/v1/pairs/${id}/approve`,
        body: {},
        token: this.manager(p.territoryId),
        then: () => p.pairs.push({ id, beneficiaryId }),
      })),
    );
  }

  async followUp(ps: PromotionState[]): Promise<void> {
    const registrations = ps.reduce((n, p) => n + p.admitted.length * this.profile.sessionsPerPromotion, 0);
    // Registrations close when the session starts; the roll call (next tick) waits for the start.
    const startsAt = Date.now() + 60_000 + registrations * 150;
    const plan: Call[] = ps.flatMap((p) =>
      (['cv', 'linkedin'] as const).slice(0, this.profile.sessionsPerPromotion).map((slug, i) => ({
        service: 'workshops' as const,
        kind: 'write' as const,
        method: 'POST' as const,
        path: '/v1/sessions',
        body: {
          workshopId: `${p.territoryId}-${slug}`,
          promotionIds: [p.id],
          startsAt: new Date(startsAt + i * 60_000),
          endsAt: new Date(startsAt + i * 60_000 + 3 * 3_600_000),
          closesAt: new Date(startsAt + i * 60_000),
          capacity: { beneficiaries: COHORT.admitted + 5 },
          ...(slug === 'linkedin' ? { link: 'https://meet.binome.example/linkedin' } : { place: 'Locaux Binôme' }),
        },
        token: this.manager(p.territoryId),
        then: (_s: number, b: unknown) =>
          p.sessions.push({ id: String((b as { id: string }).id), startsAt: startsAt + i * 60_000, registrations: [] }),
      })),
    );
    const workshops = async () => {
      await this.send(plan);
      await this.send(
        interleave(
          ps.flatMap((p) => p.sessions.flatMap((s) => p.admitted.map((personId) => ({ p, s, personId })))),
          (x) => x.s.id,
        ).map(({ p, s, personId }) => ({
          service: 'workshops' as const,
          kind: 'write' as const,
          method: 'POST' as const,
          path: `/v1/sessions/${s.id}/registrations`,
          body: { personId },
          token: this.manager(p.territoryId),
          then: (_s: number, b: unknown) => s.registrations.push(String((b as { id: string }).id)),
        })),
      );
    };
    // One pair's meetings one after the other (both agendas are locked while one is logged): the
    // k-th meeting of every pair, then the next.
    const meetings = () =>
      this.send(
        Array.from({ length: this.profile.meetingsPerPair }, (_, k) =>
          ps.flatMap((p) =>
            p.pairs.map((pair, i) => ({
              service: 'scheduling' as const,
              kind: 'write' as const,
              method: 'POST' as const,
              path: `/v1/pairs/${pair.id}/logged-meetings`,
              body: {
                // Past meetings a fortnight apart, at a quarter hour.
                startsAt: new Date(
                  Math.floor((Date.now() - (this.profile.meetingsPerPair - k) * 14 * DAY) / 900_000) * 900_000 + (i % 8) * 900_000,
                ),
                durationMinutes: 90,
                place: 'workplace',
                topics: ['cv'],
              },
              token: this.manager(p.territoryId),
            })),
          ),
        ).flat(),
      );
    await Promise.all([workshops(), meetings()]);
  }

  async closing(ps: PromotionState[]): Promise<void> {
    const attendance = async () => {
      const last = Math.max(0, ...ps.flatMap((p) => p.sessions.map((s) => s.startsAt)));
      if (last > Date.now() && Date.now() < this.deadline) {
        log(`waiting ${Math.ceil((last - Date.now()) / 1000)} s for the sessions to start (the roll call is taken once they have)`);
        await sleep(last - Date.now() + 1_000);
      }
      await this.send(
        ps.flatMap((p) =>
          p.sessions.map((s) => ({
            service: 'workshops' as const,
            kind: 'write' as const,
            method: 'PUT' as const,
            path: `/v1/sessions/${s.id}/attendance`,
            body: { marks: s.registrations.map((registrationId, k) => ({ registrationId, mark: k % 10 === 9 ? 'absent' : 'present' })) },
            token: this.manager(p.territoryId),
          })),
        ),
      );
    };
    const surveys = async () => {
      const due: { p: PromotionState; id: string; respondent: string }[] = [];
      await this.send(
        ps.flatMap((p) =>
          [1, 2].map((page) => ({
            service: 'impact' as const,
            kind: 'read' as const,
            method: 'GET' as const,
            path: `/v1/surveys?promotionId=${p.id}&perPage=100&page=${page}`,
            token: this.manager(p.territoryId),
            then: (_s: number, b: unknown) => {
              for (const s of b as { id: string; respondent: string; wave: string; status: string }[])
                if (s.wave === 'T0' && s.status === 'due') due.push({ p, id: s.id, respondent: s.respondent });
            },
          })),
        ),
      );
      await this.send(
        due.map(({ p, id, respondent }, i) => ({
          service: 'impact',
          kind: 'write',
          method: 'POST',
          path: `/v1/surveys/${encodeURIComponent(id)}/answers`,
          body: {
            answers:
              respondent === 'volunteer'
                ? { wouldDoAgain: i % 7 !== 3, skillsGained: ['listening'], timeSpentHours: 12 + (i % 6) }
                : { network: i % 3 === 0, autonomy: 2, confidence: 3, french: 2, projectClarity: 2, situation: 'searching' },
          },
          token: this.manager(p.territoryId),
        })),
      );
    };
    const outcomes = () =>
      this.send(
        ps.flatMap((p) =>
          p.pairs.map((pair, i) => ({
            service: 'impact' as const,
            kind: 'write' as const,
            method: 'POST' as const,
            path: '/v1/outcomes',
            body: { pairId: pair.id, kind: OUTCOMES[i % OUTCOMES.length], startedOn: new Date().toISOString().slice(0, 10) },
            token: this.manager(p.territoryId),
          })),
        ),
      );
    await Promise.all([attendance(), surveys(), outcomes()]);
  }

  // -- reads --------------------------------------------------------------------------------

  private n = 0;
  /** Staff browsing while the writes go on: each service's lists and views, in turn. */
  nextRead = (): Call => {
    const i = this.n++;
    const p = this.promotions[Math.floor(Math.random() * this.promotions.length)];
    const token = this.manager(p.territoryId);
    const pair = p.projected ? p.pairs[i % Math.max(1, p.pairs.length)] : undefined;
    const reads: Record<Service, string> = {
      recruitment: i % 2 ? `/v1/candidates?promotionId=${p.id}&perPage=25` : `/v1/volunteers?promotionId=${p.id}&perPage=25`,
      matching: `/v1/promotions/${p.id}/pairs`,
      scheduling: pair ? `/v1/pairs/${pair.id}/health` : '/v1/triage',
      workshops: i % 2 ? `/v1/sessions?promotionId=${p.id}` : `/v1/workshops?territoryId=${p.territoryId}`,
      resources: '/v1/resources?perPage=25',
      impact: `/v1/territories/${p.territoryId}/application-count`,
    };
    const service = SERVICES[i % SERVICES.length];
    return { service, kind: 'read', method: 'GET', path: reads[service], token };
  };

  // -- the year -----------------------------------------------------------------------------

  /** Waits until every consumer group has processed everything (bounded): the events the next tick needs. */
  async barrier(tick: number): Promise<void> {
    const from = Date.now();
    // Past LOAD_DEADLINE_MIN, a last minute for the consumers, then the report.
    const bound = Date.now() > this.deadline ? 60 : Number(process.env.LOAD_BARRIER_S ?? '900');
    const deadline = from + bound * 1000;
    let lag: Record<string, number> = {};
    for (;;) {
      lag = await this.lag.sample();
      if (Object.values(lag).every((v) => v === 0)) break;
      if (Date.now() > deadline) break;
      await sleep(2_000);
    }
    const drained = Object.values(lag).every((v) => v === 0);
    this.barriers.push({ tick, seconds: Math.round((Date.now() - from) / 100) / 10, drained });
    if (!drained) log(`tick ${tick}: consumers still behind after the bound: ${JSON.stringify(lag)}`);
  }

  async year(): Promise<void> {
    const run: Record<Stage, (ps: PromotionState[]) => Promise<void>> = {
      intake: (ps) => this.intake(ps),
      matching: (ps) => this.matching(ps),
      'follow-up': (ps) => this.followUp(ps),
      closing: (ps) => this.closing(ps),
    };
    for (const tick of this.profile.ticks) {
      if (Date.now() > this.deadline) {
        log(`LOAD_DEADLINE_MIN reached: ticks ${tick.index}–${this.profile.ticks.length - 1} not run`);
        break;
      }
      this.rec.tick = tick.index;
      const stages = tick.stages.map((s) => `wave ${s.wave + 1} ${s.stage}`).join(', ');
      log(`tick ${tick.index}${tick.index === this.profile.peakTick ? ' (peak)' : ''}: ${stages} (${tick.plannedWrites} writes planned)`);
      const from = performance.now() - this.t0;
      const reads = readStream(this.platform.gatewayPort, this.nextRead, connections, this.rec);
      await Promise.all(tick.stages.map((s) => run[s.stage](this.promotions.filter((p) => p.wave === s.wave))));
      await reads.stop();
      this.tickSpans.push({ tick: tick.index, from, to: performance.now() - this.t0, stages });
      this.rec.tick = -1;
      await this.barrier(tick.index);
      for (const s of tick.stages) if (s.stage === 'matching') for (const p of this.promotions) if (p.wave === s.wave) p.projected = true;
      log(`tick ${tick.index} done: ${this.rec.ok} ok, ${this.rec.expected} expected 4xx, ${this.rec.errors.length} errors so far`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

function report(b: Bench, rss: RssSampler, deadLetters: Record<string, number>, conditions: Record<string, unknown>): string {
  const lines: string[] = [];
  const p = b.profile;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  lines.push(
    '',
    `Load profile: scale ${p.scale} — ${p.territories.length} territories (one Keycloak realm each), ${p.promotions.length} promotions in ${p.waves} waves, ` +
      `${p.totals.pairs} seats, ${p.meetingsPerPair} meetings per pair, ${p.sessionsPerPromotion} workshop sessions per promotion; ` +
      `${p.totals.writes} writes planned over ${p.ticks.length} ticks (peak: tick ${p.peakTick}), ${connections} connections per stream`,
    `Conditions: ${JSON.stringify(conditions)}`,
    `Cohort reached: ${b.promotions.reduce((n, x) => n + x.admitted.length, 0)} admitted, ${b.promotions.reduce((n, x) => n + x.volunteers.length, 0)} trained volunteers, ` +
      `${b.promotions.reduce((n, x) => n + x.pairs.length, 0)} approved pairs, ${b.promotions.reduce((n, x) => n + x.sessions.length, 0)} sessions`,
  );
  const table = (title: string, samples: Map<string, { at: number; latencyMs: number }[]> | undefined) => {
    lines.push(
      '',
      title,
      `  ${'family'.padEnd(20)} ${pad('requests', 8)} ${pad('req/s', 7)} ${pad('p50 ms', 7)} ${pad('p95 ms', 7)} ${pad('p99 ms', 7)} ${pad('max ms', 7)}  goal (p99)`,
    );
    for (const [family, list] of [...(samples ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
      const s = summarise(list);
      const g = latencyGoal(family.endsWith('read') ? 'read' : 'write', s.p99);
      lines.push(
        `  ${family.padEnd(20)} ${pad(s.count, 8)} ${pad(s.throughput, 7)} ${pad(s.p50, 7)} ${pad(s.p95, 7)} ${pad(s.p99, 7)} ${pad(s.max, 7)}  < ${g.goalMs} ms ${g.pass ? 'PASS' : 'MISS'}`,
      );
    }
  };
  for (const span of b.tickSpans)
    table(
      `Tick ${span.tick}${span.tick === p.peakTick ? ' — THE SIMULATED PEAK' : ''} (${span.stages}; ${Math.round((span.to - span.from) / 1000)} s)`,
      b.rec.byTick.get(span.tick),
    );
  if (!b.tickSpans.some((t) => t.tick === p.peakTick)) lines.push('', `The simulated peak (tick ${p.peakTick}) was not reached.`);
  table('Over the whole year (setup and barriers included)', b.rec.samples);
  // Without the peak, "back to 0 after the peak" is judged at the end of what ran.
  const peakEnd = b.tickSpans.find((t) => t.tick === p.peakTick)?.to ?? b.tickSpans[b.tickSpans.length - 1]?.to ?? 0;
  const verdict = lagVerdict(b.lag.samples, peakEnd);
  lines.push('', `Consumer lag (messages behind, sampled every 5 s; series thinned to 24 points, max of each bucket)`);
  for (const [g, v] of Object.entries(verdict).sort())
    lines.push(
      `  ${g.padEnd(24)} max ${pad(v.max, 6)}  back to 0 after the peak: ${v.backToZero ? 'PASS' : 'MISS'}   ${lagSeries(b.lag.samples, g).join(' ')}`,
    );
  lines.push(
    `  drain time after each tick (s): ${b.barriers.map((x) => `${x.tick}: ${x.seconds}${x.drained ? '' : ' (not drained)'}`).join(', ')}`,
  );
  lines.push('', 'Memory (RSS, MB): peak / at the end');
  for (const name of Object.keys(rss.peak)) lines.push(`  ${name.padEnd(12)} ${pad(rss.peak[name], 7)} / ${pad(rss.last[name], 7)}`);
  const dlt = Object.values(deadLetters).reduce((a, x) => a + x, 0);
  if (b.skipped || b.tickSpans.length < p.ticks.length)
    lines.push(
      '',
      `STOPPED EARLY (LOAD_DEADLINE_MIN): ${b.tickSpans.length} of ${p.ticks.length} ticks run, ${b.skipped} requests of the steps under way not sent`,
    );
  lines.push(
    '',
    `Answers: ${b.rec.ok} 2xx, ${b.rec.expected} expected 4xx (duplicate applications); errors: ${b.rec.errors.length} ${b.rec.errors.length ? 'FAIL' : '(must be 0) PASS'}; dead letters: ${dlt}`,
  );
  const grouped = new Map<string, number>();
  for (const e of b.rec.errors) {
    const key = `${e.status} ${e.request.replace(/[0-9a-f-]{36}/g, ':id')} ${e.detail}`;
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...grouped].slice(0, 20)) lines.push(`  ${n} × ${k}`);
  for (const [t, n] of Object.entries(deadLetters)) if (n) lines.push(`  ${n} in ${t}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const profile = loadProfile(scale, {
    ...(process.env.LOAD_MEETINGS_PER_PAIR ? { meetingsPerPair: Number(process.env.LOAD_MEETINGS_PER_PAIR) } : {}),
  });
  log(
    `scale ${scale}: ${profile.territories.length} territories, ${profile.promotions.length} promotions, ${profile.totals.writes} writes planned`,
  );
  const load0 = loadavg()[0];
  const realms = await provisionRealms(profile.territories);
  log(`realms: ${realms.created.length} created, ${realms.existing} already there`);
  // Creating a realm takes Keycloak seconds to tens of seconds on a busy machine: they can be made ahead.
  if (process.env.LOAD_REALMS_ONLY === 'true') return;
  const tokens = new Tokens([['national', 'hq'], ...profile.territories.map((t) => [t, 'manager'] as const)]);
  await tokens.start();
  log(`starting the six services and the gateway (run ${runId})`);
  const platform = await startPlatform(runId, profile.territories);
  process.once('SIGINT', () => {
    killChildren();
    process.exit(130);
  });
  const t0 = performance.now();
  const lag = new LagSampler(platform.groupPrefix, t0);
  const rss = new RssSampler(Object.fromEntries(Object.entries(platform.processes).map(([s, c]) => [s, c.pid])));
  let bench: Bench | undefined;
  let output = '';
  let failed = false;
  try {
    await lag.start();
    rss.start();
    bench = new Bench(t0, profile, platform, tokens, lag);
    await bench.setup();
    await bench.year();
    // A last look after the year: every group back to 0.
    await sleep(5_000);
    await lag.sample();
    const deadLetters = await lag.deadLetters();
    rss.sample();
    output = report(bench, rss, deadLetters, {
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverageAtStart: load0.toFixed(2),
      loadAverageAtEnd: loadavg()[0].toFixed(2),
      durationS: Math.round((performance.now() - bench.t0) / 1000),
      sharedInfrastructure: true,
    });
    failed = bench.rec.errors.length > 0 || Object.values(deadLetters).some((n) => n > 0);
  } catch (e) {
    failed = true;
    log(`the run stopped: ${(e as Error).stack ?? String(e)}`);
    if (bench) output = report(bench, rss, {}, { aborted: (e as Error).message });
  } finally {
    rss.stop();
    tokens.stop();
    await lag.stop().catch(() => undefined);
    log('stopping the services, dropping the run’s databases and consumer groups');
    await stopPlatform(platform).catch((e: Error) => log(`clean-up: ${e.message}`));
  }
  console.log(output);
  const dir = join(ROOT, '.infra', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `load-${runId}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        profile: { ...profile, promotions: profile.promotions.length },
        families: Object.fromEntries([...(bench?.rec.samples ?? [])].map(([f, s]) => [f, summarise(s)])),
        peak: Object.fromEntries([...(bench?.rec.byTick.get(profile.peakTick) ?? [])].map(([f, s]) => [f, summarise(s)])),
        lag: bench?.lag.samples satisfies LagSample[] | undefined,
        rss: { peak: rss.peak, last: rss.last },
        errors: bench?.rec.errors,
      },
      null,
      1,
    ),
  );
  log(`figures written to ${file}`);
  process.exit(failed ? 1 : 0);
}

void main();
