import { evaluateEligibility, type EligibilityInput } from './eligibility';

const interview = (assessedFrenchLevel: 'A1' | 'A2' | 'B1', maturity: number) => ({
  interviewerIds: ['a', 'b'],
  durationMinutes: 35,
  assessedFrenchLevel,
  need: { score: 4 },
  motivation: { score: 5 },
  projectMaturity: { score: maturity },
  workshopNeeds: [],
  at: new Date(),
  by: 'a',
});

const eligible = (overrides: Partial<EligibilityInput> = {}): EligibilityInput => ({
  protection: { status: 'refugee', grantedOn: '2024-03-12' },
  frenchLevel: 'B1',
  experience: [{ trade: 'Accountant', sector: 'Finance', years: 6, country: 'AF' }],
  situation: { housingStable: true, resourcesStable: true, confirmedAt: new Date() },
  interview: interview('B1', 3),
  ...overrides,
});

const result = (input: EligibilityInput, criterion: string) => evaluateEligibility(input).criteria.find((c) => c.criterion === criterion);

describe('evaluateEligibility', () => {
  it('When every criterion is met, then the person is eligible and each criterion is explained', () => {
    const e = evaluateEligibility(eligible());
    expect(e.eligible).toBe(true);
    expect(e.unmet).toEqual([]);
    expect(e.criteria.map((c) => c.criterion)).toEqual(['protection', 'frenchLevel', 'experienceOrProject', 'housing', 'resources']);
    expect(e.criteria.every((c) => c.explanation.length > 10)).toBe(true);
    expect(result(eligible(), 'protection')?.explanation).toBe('Holds refugee status (granted 2024-03-12)');
  });

  it('When subsidiary protection is held, then the protection criterion is met', () => {
    expect(result(eligible({ protection: { status: 'subsidiary_protection' } }), 'protection')).toMatchObject({
      met: true,
      explanation: 'Holds subsidiary protection',
    });
  });

  it('When no recognised protection is recorded, then the protection criterion is unmet', () => {
    expect(result(eligible({ protection: { status: 'asylum_seeker' as never } }), 'protection')?.met).toBe(false);
  });

  it('When French is assessed at A1 though declared B1, then the assessed level decides and the criterion is unmet', () => {
    const r = result(eligible({ frenchLevel: 'B1', interview: interview('A1', 3) }), 'frenchLevel');
    expect(r).toMatchObject({ met: false });
    expect(r?.explanation).toContain('assessed at A1');
    expect(r?.explanation).toContain('at least A2');
  });

  it('When French is assessed at exactly A2, then the criterion is met', () => {
    expect(result(eligible({ interview: interview('A2', 3) }), 'frenchLevel')?.met).toBe(true);
  });

  it('When there is no interview yet, then French is unmet as not yet assessed', () => {
    expect(result(eligible({ interview: undefined }), 'frenchLevel')?.explanation).toContain('not yet assessed');
  });

  it.each([
    [
      'experience only',
      { experience: [{ trade: 'Cook', sector: 'Food', years: 2, country: 'SY' }], education: undefined, interview: interview('B1', 1) },
      true,
    ],
    ['training only', { experience: [], education: 'Licence in law', interview: interview('B1', 1) }, true],
    ['a project of maturity 2 only', { experience: [], education: undefined, interview: interview('B1', 2) }, true],
    ['nothing and maturity 1', { experience: [], education: undefined, interview: interview('B1', 1) }, false],
    ['nothing and no interview', { experience: [], education: undefined, interview: undefined }, false],
  ])('When the person has %s, then experience-or-project met is %s', (_case, overrides, met) => {
    expect(result(eligible(overrides as Partial<EligibilityInput>), 'experienceOrProject')?.met).toBe(met);
  });

  it('When housing is unstable and resources unknown, then both are unmet and named', () => {
    const e = evaluateEligibility(eligible({ situation: { housingStable: false } }));
    expect(e.eligible).toBe(false);
    expect(e.unmet).toEqual(['housing', 'resources']);
    expect(e.criteria.find((c) => c.criterion === 'housing')?.explanation).toBe('Housing not stable (declared at application)');
    expect(e.criteria.find((c) => c.criterion === 'resources')?.explanation).toContain('unknown');
  });

  it('When housing was declared but not confirmed at screening, then it is met and the explanation says so', () => {
    expect(result(eligible({ situation: { housingStable: true, resourcesStable: true } }), 'housing')?.explanation).toContain(
      'not yet confirmed',
    );
  });
});
