import type {
  ApplicationFact,
  AttendanceFact,
  IntakeStage,
  MeetingFact,
  OutcomeFact,
  PairFact,
  SurveyFact,
} from '../projection/fact.entity';
import {
  bestOutcome,
  INSERTION_CATEGORIES,
  INSERTION_CATEGORY,
  PROGRAMME_POSITIVE,
  type InsertionCategory,
  type OutcomeKind,
} from '../outcomes/outcome-typology';
import { addMonths } from '../surveys/survey-schedule';
import { WAVE_MONTHS, type Wave } from '../surveys/questionnaire';
import { FIGURE_CODES, FIGURE_DEFINITIONS, FIGURE_LABELS, MIN_CELL, PUBLISHED, type FigureCode } from './published-figures';
import { wilsonInterval, type Interval } from './wilson';

export interface IndicatorFacts {
  pairs: PairFact[];
  surveys: SurveyFact[];
  outcomes: OutcomeFact[];
  meetings: MeetingFact[];
  applications: ApplicationFact[];
  attendance: AttendanceFact[];
  /** The company of each volunteer (company breakdowns). */
  companyOf: Map<string, string>;
}

export interface Figure {
  code: FigureCode;
  label: { fr: string; en: string };
  numerator?: number;
  denominator?: number;
  value?: number;
  interval?: Interval;
  /** People the figure is due for (the response rate's denominator). */
  due?: number;
  responseRate?: number;
  published: number;
  definition: { fr: string; en: string };
  suppressed: boolean;
}

const proportion = (x: number, n: number) => (n ? x / n : undefined);

/** Is the pair's wave due by `asOf` (its date reached, the pair not ended before it)? */
export function isDue(p: PairFact, wave: Wave, asOf: string): boolean {
  const due = addMonths(p.startedOn, WAVE_MONTHS[wave]);
  if (due > asOf) return false;
  return !(p.status === 'dissolved' && (p.endedOn ?? p.startedOn) < due);
}

function figure(code: FigureCode, x: number, n: number, due: number): Figure {
  return {
    code,
    label: FIGURE_LABELS[code],
    numerator: x,
    denominator: n,
    value: proportion(x, n),
    interval: wilsonInterval(x, n),
    due,
    responseRate: proportion(n, due),
    published: PUBLISHED[code],
    definition: FIGURE_DEFINITIONS[code],
    suppressed: false,
  };
}

/** A cell of fewer than five people shows neither counts nor values (small-cell suppression). */
export function suppressed(f: Figure, min = MIN_CELL): Figure {
  if ((f.denominator ?? 0) >= min && (f.due ?? 0) >= min) return f;
  return { code: f.code, label: f.label, published: f.published, definition: f.definition, suppressed: true };
}

const latestBy = <T extends { pairId: string }>(items: T[]) => new Map(items.map((i) => [i.pairId, i]));

/** The six published figures, each with its numerator, denominator, response rate and Wilson 95 % interval. */
export function figuresOf(f: IndicatorFacts, asOf: string): Figure[] {
  const dueT6 = f.pairs.filter((p) => isDue(p, 'T6', asOf));
  const dueIds = new Set(dueT6.map((p) => p._id));
  const t6 = (respondent: SurveyFact['respondent']) => [
    ...latestBy(f.surveys.filter((s) => s.wave === 'T6' && s.respondent === respondent && dueIds.has(s.pairId))).values(),
  ];
  const beneficiaries = t6('beneficiary');
  const volunteers = t6('volunteer');
  const count = (items: SurveyFact[], test: (a: SurveyFact['answers']) => boolean) => items.filter((s) => test(s.answers)).length;

  const endOf = new Map(dueT6.map((p) => [p._id, addMonths(p.startedOn, 6)]));
  const byPair = new Map<string, OutcomeKind[]>();
  for (const o of f.outcomes) {
    const end = endOf.get(o.pairId);
    if (!end || o.startedOn > end) continue;
    byPair.set(o.pairId, [...(byPair.get(o.pairId) ?? []), o.kind as OutcomeKind]);
  }
  const best = [...byPair.values()].map((kinds) => bestOutcome(kinds)).filter((k): k is OutcomeKind => !!k);
  const active = new Set(['searching', 'employed', 'training', 'business']);

  const values: Record<FigureCode, Figure> = {
    network: figure(
      'network',
      count(beneficiaries, (a) => a.network === 1),
      beneficiaries.length,
      dueT6.length,
    ),
    autonomy: figure(
      'autonomy',
      count(beneficiaries, (a) => typeof a.autonomy === 'number' && a.autonomy >= 4),
      beneficiaries.length,
      dueT6.length,
    ),
    opportunity: figure('opportunity', best.filter((k) => k !== 'none').length, best.length, dueT6.length),
    'positive-exits': figure('positive-exits', best.filter((k) => PROGRAMME_POSITIVE.has(k)).length, best.length, dueT6.length),
    'volunteers-again': figure(
      'volunteers-again',
      count(volunteers, (a) => a.wouldDoAgain === 1),
      volunteers.length,
      dueT6.length,
    ),
    'active-job-seekers': figure(
      'active-job-seekers',
      count(beneficiaries, (a) => Array.isArray(a.situation) && a.situation.some((c) => active.has(c))),
      beneficiaries.length,
      dueT6.length,
    ),
  };
  return FIGURE_CODES.map((c) => values[c]);
}

export const FUNNEL_STAGES: readonly IntakeStage[] = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted', 'referred', 'closed'];
const PARTNER_REFERRAL = 2;

/** First meeting within 14 days, then two a month, ten in all (the programme's plan). */
export function plannedMeetings(startedOn: string, until: string): number {
  const days = Math.floor((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${startedOn}T00:00:00Z`)) / 86_400_000);
  return days < 14 ? 0 : Math.min(10, 1 + Math.floor((days - 14) / 15));
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

/** Everything the dashboards show for one selection. */
export function indicatorReport(f: IndicatorFacts, asOf: string) {
  const funnel = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, f.applications.filter((a) => a.stages.includes(s)).length])) as Record<
    IntakeStage,
    number
  >;
  const referred = f.applications.filter((a) => a.channel === PARTNER_REFERRAL);
  const status = (s: PairFact['status']) => f.pairs.filter((p) => p.status === s).length;
  const meetingPairs = f.pairs.filter((p) => p.status !== 'dissolved');
  const held = f.meetings.filter((m) => m.status === 'held');
  const plan = meetingPairs.map((p) => plannedMeetings(p.startedOn, p.endedOn && p.endedOn < asOf ? p.endedOn : asOf));
  const heldIn = (ids: Set<string>) => held.filter((m) => ids.has(m.pairId)).length;
  const typology = Object.fromEntries(INSERTION_CATEGORIES.map((c) => [c, 0])) as Record<InsertionCategory, number>;
  const kindsByPair = new Map<string, OutcomeKind[]>();
  for (const o of f.outcomes) kindsByPair.set(o.pairId, [...(kindsByPair.get(o.pairId) ?? []), o.kind as OutcomeKind]);
  for (const kinds of kindsByPair.values()) {
    const b = bestOutcome(kinds);
    if (b) typology[INSERTION_CATEGORY[b]]++;
  }
  const changes = ['network', 'autonomy', 'confidence', 'french', 'projectClarity'].map((question) => ({
    question,
    ...Object.fromEntries(
      (['T0', 'T3', 'T6', 'T12'] as const).map((wave) => {
        const values = f.surveys
          .filter((s) => s.respondent === 'beneficiary' && s.wave === wave && typeof s.answers[question] === 'number')
          .map((s) => s.answers[question] as number);
        return [wave, { respondents: values.length, mean: mean(values) }];
      }),
    ),
  }));
  const attended = f.attendance.filter((a) => a.attended).length;
  return {
    asOf,
    figures: figuresOf(f, asOf),
    funnel,
    referralConversions: { referred: referred.length, admitted: referred.filter((a) => a.stages.includes('admitted')).length },
    pairs: { confirmed: status('confirmed'), active: status('active'), completed: status('completed'), dissolved: status('dissolved') },
    meetings: {
      held: held.length,
      missed: f.meetings.filter((m) => m.status === 'missed').length,
      planned: f.meetings.filter((m) => m.status === 'planned').length,
      heldPerPair: meetingPairs.length ? heldIn(new Set(meetingPairs.map((p) => p._id))) / meetingPairs.length : undefined,
      plannedPerPair: mean(plan),
      plan: 'Premier rendez-vous sous 14 jours puis deux par mois, dix en tout / first meeting within 14 days, then two a month, ten in all',
    },
    volunteerHours: {
      meetings: held.reduce((h, m) => h + m.durationMinutes, 0) / 60,
      declaredAtT6: f.surveys
        .filter((s) => s.respondent === 'volunteer' && typeof s.answers.timeSpentHours === 'number')
        .reduce((h, s) => h + (s.answers.timeSpentHours as number), 0),
    },
    workshopAssiduity:
      f.attendance.length > 0
        ? {
            attended,
            recorded: f.attendance.length,
            value: attended / f.attendance.length,
            interval: wilsonInterval(attended, f.attendance.length),
          }
        : { attended: 0, recorded: 0 },
    insertionTypology: typology,
    changes,
  };
}

export type IndicatorReport = ReturnType<typeof indicatorReport>;

export interface SelectionFilter {
  promotionId?: string;
  /** Pairs started in [from, to]; applications received in it. */
  from?: string;
  to?: string;
}

/** The facts of a selection: its pairs and everything about them, its applications. */
export function select(f: IndicatorFacts, s: SelectionFilter, pairTest: (p: PairFact) => boolean = () => true): IndicatorFacts {
  const inPeriod = (day: string) => (!s.from || day >= s.from) && (!s.to || day <= s.to);
  const pairs = f.pairs.filter((p) => (!s.promotionId || p.promotionId === s.promotionId) && inPeriod(p.startedOn) && pairTest(p));
  const ids = new Set(pairs.map((p) => p._id));
  return {
    pairs,
    surveys: f.surveys.filter((x) => ids.has(x.pairId)),
    outcomes: f.outcomes.filter((x) => ids.has(x.pairId)),
    meetings: f.meetings.filter((x) => ids.has(x.pairId)),
    applications: f.applications.filter(
      (a) => (!s.promotionId || a.promotionId === s.promotionId) && inPeriod(a.appliedAt.toISOString().slice(0, 10)),
    ),
    attendance: f.attendance,
    companyOf: f.companyOf,
  };
}

export type BreakdownKey = 'territory' | 'promotion' | 'company';

/** One row per territory, promotion or company (the pair's volunteer's), with small cells suppressed for territories and companies. */
export function breakdown(f: IndicatorFacts, by: BreakdownKey, asOf: string) {
  const keyOf = (p: PairFact) =>
    by === 'territory' ? p.territoryId : by === 'promotion' ? p.promotionId : (f.companyOf.get(p.volunteerId) ?? 'unknown');
  const keys = [...new Set(f.pairs.map(keyOf))].sort();
  const suppress = by !== 'promotion';
  return keys.map((key) => {
    const figures = figuresOf(
      select(f, {}, (p) => keyOf(p) === key),
      asOf,
    );
    return { key, figures: suppress ? figures.map((x) => suppressed(x)) : figures };
  });
}
