import type { recruitmentV1 } from '@binome/contracts';
import {
  CEFR_LEVELS,
  type BeneficiaryProfile,
  type CefrLevel,
  type Gender,
  type GeoPoint,
  type LanguageLevel,
  type SpokenLanguage,
  type SupportTopic,
  type VolunteerProfile,
} from '@binome/matching-engine';

/**
 * Recruitment's matching profiles (protobuf, every field optional in proto3) → the engine's
 * profiles. Unknown vocabulary is dropped rather than guessed; a profile without a usable place
 * cannot be scored (commute) and is left out of the run, reported as incomplete.
 */

const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['native', 'fluent', 'intermediate', 'basic'];
const SUPPORT_TOPICS: readonly SupportTopic[] = [
  'CV',
  'LINKEDIN',
  'PITCH',
  'PROFESSIONAL_CODES',
  'FRENCH',
  'DIGITAL',
  'NETWORK',
  'INTERVIEW',
];
const GENDERS: readonly Gender[] = ['F', 'M', 'X'];
const SLOT = /^(mon|tue|wed|thu|fri|sat|sun)-(am|pm)$/;

/** Admission requires oral French at least A2 (DOMAIN.md): an unset level is read as A2. */
export const DEFAULT_FRENCH_LEVEL: CefrLevel = 'A2';

export interface IncompleteProfile {
  kind: 'beneficiary' | 'volunteer';
  id: string;
  reason: string;
}

export interface MappedCohort {
  beneficiaries: BeneficiaryProfile[];
  volunteers: VolunteerProfile[];
  incomplete: IncompleteProfile[];
}

function cefr(value: string): CefrLevel | undefined {
  const v = value.trim().toUpperCase();
  return (CEFR_LEVELS as readonly string[]).includes(v) ? (v as CefrLevel) : undefined;
}

function gender(value: string): Gender | undefined {
  const v = value.trim().toUpperCase();
  return (GENDERS as readonly string[]).includes(v) ? (v as Gender) : undefined;
}

function geo(point: recruitmentV1.GeoPoint | undefined): GeoPoint | undefined {
  if (!point) return undefined;
  const { lat, lon } = point;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  // (0, 0) is what proto3 gives for a point that was never set; nobody in the programme lives there.
  if (lat === 0 && lon === 0) return undefined;
  return { lat, lon };
}

function languages(list: readonly recruitmentV1.SpokenLanguage[]): SpokenLanguage[] {
  const out: SpokenLanguage[] = [];
  for (const l of list) {
    const code = l.code.trim().toLowerCase();
    if (!code) continue;
    const level = (LANGUAGE_LEVELS as readonly string[]).includes(l.level.trim().toLowerCase())
      ? (l.level.trim().toLowerCase() as LanguageLevel)
      : 'basic';
    out.push({ code, level });
  }
  return out;
}

function topics(list: readonly string[]): SupportTopic[] {
  return [
    ...new Set(list.map((t) => t.trim().toUpperCase()).filter((t): t is SupportTopic => (SUPPORT_TOPICS as readonly string[]).includes(t))),
  ];
}

function slots(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.trim().toLowerCase()).filter((s) => SLOT.test(s)))];
}

export function toBeneficiaryProfile(
  p: recruitmentV1.BeneficiaryMatchingProfile,
  territoryId: string,
  promotionId: string,
): BeneficiaryProfile | IncompleteProfile {
  const town = geo(p.town);
  if (!p.id) return { kind: 'beneficiary', id: '', reason: 'no id' };
  if (!town) return { kind: 'beneficiary', id: p.id, reason: 'no valid town location' };
  const g = gender(p.gender);
  const preference = gender(p.genderPreference);
  return {
    id: p.id,
    territoryId: p.territoryId || territoryId,
    promotionId: p.promotionId || promotionId,
    sector: p.sector.trim().toLowerCase(),
    trade: p.trade.trim().toUpperCase(),
    frenchLevel: cefr(p.frenchLevel) ?? DEFAULT_FRENCH_LEVEL,
    languages: languages(p.languages),
    town,
    availability: slots(p.availability),
    needs: topics(p.needs),
    ...(g ? { gender: g } : {}),
    ...(preference ? { genderPreference: preference } : {}),
    conflicts: p.conflicts.filter((c) => c !== ''),
  };
}

export function toVolunteerProfile(
  p: recruitmentV1.VolunteerMatchingProfile,
  territoryId: string,
  promotionId: string,
): VolunteerProfile | IncompleteProfile {
  const workplace = geo(p.workplace);
  if (!p.id) return { kind: 'volunteer', id: '', reason: 'no id' };
  if (!workplace) return { kind: 'volunteer', id: p.id, reason: 'no valid workplace location' };
  const g = gender(p.gender);
  const minFrench = cefr(p.minFrenchLevel);
  return {
    id: p.id,
    territoryId: p.territoryId || territoryId,
    promotionId: p.promotionId || promotionId,
    companyId: p.companyId,
    sector: p.sector.trim().toLowerCase(),
    trade: p.trade.trim().toUpperCase(),
    languages: languages(p.languages),
    workplace,
    availability: slots(p.availability),
    strengths: topics(p.strengths),
    // proto3 cannot tell 0 from unset; one beneficiary at a time is the programme's rule.
    capacity: p.capacity > 0 ? p.capacity : 1,
    trained: p.trained,
    ...(g ? { gender: g } : {}),
    ...(minFrench ? { minFrenchLevel: minFrench } : {}),
  };
}

const isIncomplete = (x: object): x is IncompleteProfile => 'reason' in x;

export function toCohort(
  beneficiaries: readonly recruitmentV1.BeneficiaryMatchingProfile[],
  volunteers: readonly recruitmentV1.VolunteerMatchingProfile[],
  territoryId: string,
  promotionId: string,
): MappedCohort {
  const out: MappedCohort = { beneficiaries: [], volunteers: [], incomplete: [] };
  const seenB = new Set<string>();
  for (const p of beneficiaries) {
    const m = toBeneficiaryProfile(p, territoryId, promotionId);
    if (isIncomplete(m)) out.incomplete.push(m);
    else if (!seenB.has(m.id)) {
      seenB.add(m.id);
      out.beneficiaries.push(m);
    }
  }
  const seenV = new Set<string>();
  for (const p of volunteers) {
    const m = toVolunteerProfile(p, territoryId, promotionId);
    if (isIncomplete(m)) out.incomplete.push(m);
    else if (!seenV.has(m.id)) {
      seenV.add(m.id);
      out.volunteers.push(m);
    }
  }
  return out;
}
