import { pdfText } from '@binome/testing';
import { attestationPdf } from './attestation.pdf';

describe('the skills-sponsorship attestation (PDF), read back with pdf-parse', () => {
  it('When an employee has hours, then the PDF names the company, the employee and the hours done by source, and nothing else', async () => {
    const pdf = await attestationPdf(
      {
        volunteerId: 'v-42',
        territoryId: 'rennes',
        promotionId: 'promo-2027',
        companyId: 'sncf',
        capHours: 24.5,
        heldHours: 14,
        plannedHours: 4,
        hoursLeft: 6.5,
        bySource: { training: 7, meeting: 8, event: 3 },
        heldBySource: { training: 7, meeting: 4, event: 3 },
      },
      'Claire',
      new Date('2027-06-30T10:00:00Z'),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Attestation de mécénat de compétences');
    expect(text).toContain('sncf');
    expect(text).toContain('Claire — v-42');
    expect(text).toMatch(/training day : 7 h/);
    expect(text).toMatch(/pair meetings held : 4 h/);
    expect(text).toMatch(/events attended : 3 h/);
    expect(text).toMatch(/total done : 14 h/);
    expect(text).toContain('2027-06-30');
  });
});
