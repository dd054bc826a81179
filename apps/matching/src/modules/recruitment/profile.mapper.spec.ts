import { recruitmentV1 } from '@binome/contracts';
import { toBeneficiaryProfile, toCohort, toVolunteerProfile } from './profile.mapper';

const b = (o: Partial<recruitmentV1.BeneficiaryMatchingProfile> = {}) =>
  recruitmentV1.BeneficiaryMatchingProfile.fromPartial({
    id: 'b1',
    territoryId: 'rennes',
    promotionId: 'p1',
    sector: 'Logistics',
    trade: 'n1103',
    frenchLevel: 'b1',
    languages: [
      { code: 'PS', level: 'Native' },
      { code: 'fr', level: 'weird' },
      { code: '', level: 'native' },
    ],
    town: { lat: 48.11, lon: -1.68 },
    availability: ['mon-am', 'MON-AM', 'someday'],
    needs: ['cv', 'NETWORK', 'ASTROLOGY'],
    gender: 'f',
    genderPreference: '',
    conflicts: ['company-x', ''],
    ...o,
  });

const v = (o: Partial<recruitmentV1.VolunteerMatchingProfile> = {}) =>
  recruitmentV1.VolunteerMatchingProfile.fromPartial({
    id: 'v1',
    territoryId: 'rennes',
    promotionId: 'p1',
    companyId: 'sncf',
    sector: 'logistics',
    trade: 'N1103',
    workplace: { lat: 48.1, lon: -1.67 },
    availability: ['tue-pm'],
    strengths: ['INTERVIEW'],
    capacity: 0,
    trained: true,
    gender: '',
    minFrenchLevel: 'A2',
    ...o,
  });

describe('profile mapping (recruitment protobuf → engine profiles)', () => {
  it('When a beneficiary profile is complete, then vocabulary is normalised and unknown values are dropped', () => {
    expect(toBeneficiaryProfile(b(), 'rennes', 'p1')).toEqual({
      id: 'b1',
      territoryId: 'rennes',
      promotionId: 'p1',
      sector: 'logistics',
      trade: 'N1103',
      frenchLevel: 'B1',
      languages: [
        { code: 'ps', level: 'native' },
        { code: 'fr', level: 'basic' },
      ],
      town: { lat: 48.11, lon: -1.68 },
      availability: ['mon-am'],
      needs: ['CV', 'NETWORK'],
      gender: 'F',
      conflicts: ['company-x'],
    });
  });

  it('When the French level is unset, then A2 (the admission minimum) is assumed', () => {
    expect(toBeneficiaryProfile(b({ frenchLevel: '' }), 'rennes', 'p1')).toMatchObject({ frenchLevel: 'A2' });
  });

  it.each([
    ['no town', { town: undefined }],
    ['the (0, 0) default point', { town: { lat: 0, lon: 0 } }],
    ['a latitude out of range', { town: { lat: 123, lon: 2 } }],
  ])('When a beneficiary has %s, then the profile is reported incomplete', (_what, o) => {
    expect(toBeneficiaryProfile(b(o), 'rennes', 'p1')).toEqual({ kind: 'beneficiary', id: 'b1', reason: 'no valid town location' });
  });

  it('When a volunteer capacity is 0 (unset in proto3), then it is 1; ids of territory and promotion default to the request', () => {
    expect(toVolunteerProfile(v({ territoryId: '', promotionId: '' }), 'rennes', 'p1')).toEqual({
      id: 'v1',
      territoryId: 'rennes',
      promotionId: 'p1',
      companyId: 'sncf',
      sector: 'logistics',
      trade: 'N1103',
      languages: [],
      workplace: { lat: 48.1, lon: -1.67 },
      availability: ['tue-pm'],
      strengths: ['INTERVIEW'],
      capacity: 1,
      trained: true,
      minFrenchLevel: 'A2',
    });
    expect(toVolunteerProfile(v({ capacity: 2, trained: false }), 'rennes', 'p1')).toMatchObject({ capacity: 2, trained: false });
  });

  it('When the cohort has duplicates and incomplete profiles, then each person appears once and the incomplete are listed', () => {
    const cohort = toCohort([b(), b(), b({ id: 'b2', town: undefined })], [v(), v({ id: 'v2', workplace: undefined })], 'rennes', 'p1');
    expect(cohort.beneficiaries.map((x) => x.id)).toEqual(['b1']);
    expect(cohort.volunteers.map((x) => x.id)).toEqual(['v1']);
    expect(cohort.incomplete).toEqual([
      { kind: 'beneficiary', id: 'b2', reason: 'no valid town location' },
      { kind: 'volunteer', id: 'v2', reason: 'no valid workplace location' },
    ]);
  });
});
