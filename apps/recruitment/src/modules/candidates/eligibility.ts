import { CEFR_LEVELS, PROTECTION_STATUSES, type Candidate } from './candidate.entity';

/** The programme's admission criteria (DOMAIN.md, "People": beneficiary). */
export const CRITERIA = ['protection', 'frenchLevel', 'experienceOrProject', 'housing', 'resources'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface CriterionResult {
  criterion: Criterion;
  met: boolean;
  explanation: string;
}

export interface Eligibility {
  eligible: boolean;
  criteria: CriterionResult[];
  unmet: Criterion[];
}

export type EligibilityInput = Pick<Candidate, 'protection' | 'frenchLevel' | 'experience' | 'education' | 'situation' | 'interview'>;

export const MIN_FRENCH_LEVEL = 'A2';
export const MIN_PROJECT_MATURITY = 2;

const PROTECTION_LABELS: Record<(typeof PROTECTION_STATUSES)[number], string> = {
  refugee: 'refugee status',
  subsidiary_protection: 'subsidiary protection',
};

const atLeast = (level: string, min: string) => CEFR_LEVELS.indexOf(level as never) >= CEFR_LEVELS.indexOf(min as never);

function protection(c: EligibilityInput): CriterionResult {
  const label = PROTECTION_LABELS[c.protection?.status as keyof typeof PROTECTION_LABELS];
  return label
    ? {
        criterion: 'protection',
        met: true,
        explanation: `Holds ${label}${c.protection.grantedOn ? ` (granted ${c.protection.grantedOn})` : ''}`,
      }
    : { criterion: 'protection', met: false, explanation: 'Neither refugee status nor subsidiary protection is recorded' };
}

/** Oral French is judged on the interview's assessment, not on the level the person declared. */
function frenchLevel(c: EligibilityInput): CriterionResult {
  const assessed = c.interview?.assessedFrenchLevel;
  if (!assessed) {
    return {
      criterion: 'frenchLevel',
      met: false,
      explanation: `Oral French not yet assessed at interview (declared ${c.frenchLevel}); at least ${MIN_FRENCH_LEVEL} is required`,
    };
  }
  return atLeast(assessed, MIN_FRENCH_LEVEL)
    ? {
        criterion: 'frenchLevel',
        met: true,
        explanation: `Oral French assessed at ${assessed} at interview (at least ${MIN_FRENCH_LEVEL} required)`,
      }
    : {
        criterion: 'frenchLevel',
        met: false,
        explanation: `Oral French assessed at ${assessed} at interview; at least ${MIN_FRENCH_LEVEL} is required`,
      };
}

function experienceOrProject(c: EligibilityInput): CriterionResult {
  const reasons: string[] = [];
  const experiences = c.experience?.length ?? 0;
  if (experiences > 0) reasons.push(`${experiences} prior work experience${experiences > 1 ? 's' : ''}`);
  if (c.education) reasons.push('training declared');
  const maturity = c.interview?.projectMaturity?.score;
  if (maturity !== undefined && maturity >= MIN_PROJECT_MATURITY) reasons.push(`professional project maturity ${maturity}/5 at interview`);
  if (reasons.length) return { criterion: 'experienceOrProject', met: true, explanation: `Has ${reasons.join(', ')}` };
  const project =
    maturity === undefined
      ? 'professional project not yet assessed at interview'
      : `professional project maturity ${maturity}/5 at interview (at least ${MIN_PROJECT_MATURITY} required)`;
  return { criterion: 'experienceOrProject', met: false, explanation: `No prior work experience or training declared, and ${project}` };
}

function stable(criterion: 'housing' | 'resources', value: boolean | undefined, confirmed: boolean): CriterionResult {
  const what = criterion === 'housing' ? 'Housing' : 'Resources';
  if (value === undefined) return { criterion, met: false, explanation: `${what} stability unknown: confirm it at the phone screening` };
  if (!value)
    return {
      criterion,
      met: false,
      explanation: `${what} not stable (${confirmed ? 'confirmed at screening' : 'declared at application'})`,
    };
  return {
    criterion,
    met: true,
    explanation: `${what} stable (${confirmed ? 'confirmed at screening' : 'declared at application, not yet confirmed'})`,
  };
}

/** Every criterion, met or not, with an explanation a programme team can read out. */
export function evaluateEligibility(c: EligibilityInput): Eligibility {
  const confirmed = Boolean(c.situation?.confirmedAt);
  const criteria = [
    protection(c),
    frenchLevel(c),
    experienceOrProject(c),
    stable('housing', c.situation?.housingStable, confirmed),
    stable('resources', c.situation?.resourcesStable, confirmed),
  ];
  const unmet = criteria.filter((r) => !r.met).map((r) => r.criterion);
  return { eligible: unmet.length === 0, criteria, unmet };
}
