import type { BeneficiaryProfile, VolunteerProfile } from '@binome/matching-engine';

/** Profile builders for the unit tests: neutral defaults, overridden field by field. */
export function beneficiary(id: string, overrides: Partial<BeneficiaryProfile> = {}): BeneficiaryProfile {
  return {
    id,
    territoryId: 'rennes',
    promotionId: 'p1',
    sector: 'logistics',
    trade: 'N1103',
    frenchLevel: 'B1',
    languages: [{ code: 'ar', level: 'native' }],
    town: { lat: 48.11, lon: -1.68 },
    availability: ['mon-am', 'tue-pm'],
    needs: ['CV', 'NETWORK'],
    ...overrides,
  };
}

export function volunteer(id: string, overrides: Partial<VolunteerProfile> = {}): VolunteerProfile {
  return {
    id,
    territoryId: 'rennes',
    promotionId: 'p1',
    companyId: `company-of-${id}`,
    sector: 'logistics',
    trade: 'N1103',
    languages: [{ code: 'en', level: 'fluent' }],
    workplace: { lat: 48.11, lon: -1.68 },
    availability: ['mon-am', 'tue-pm'],
    strengths: ['CV', 'NETWORK'],
    capacity: 1,
    trained: true,
    minFrenchLevel: 'A2',
    ...overrides,
  };
}
