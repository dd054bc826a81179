import PDFDocument from 'pdfkit';
import type { EmployeeHours } from '../engagement-hours';

const h = (n: number) => `${n.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} h`;

/**
 * The attestation a company keeps for its mécénat de compétences: who (the employee's volunteer
 * id, their first name when they gave one), the company, the promotion and territory, and the
 * hours done by source. Nothing of the person they supported.
 */
export function attestationPdf(e: EmployeeHours, firstName: string | undefined, issuedAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Attestation de mécénat de compétences', Author: 'Binôme' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Attestation de mécénat de compétences', { align: 'center' });
    doc.fontSize(11).text('Skills-sponsorship attestation', { align: 'center' }).moveDown(2);
    doc.fontSize(12);
    doc.text(`Entreprise / company : ${e.companyId}`);
    doc.text(`Salarié bénévole / employee volunteer : ${firstName ? `${firstName} — ` : ''}${e.volunteerId}`);
    doc.text(`Territoire / territory : ${e.territoryId}`);
    doc.text(`Promotion : ${e.promotionId || '—'}`).moveDown();
    doc.text('Heures réalisées dans le programme Binôme / hours done in the Binôme programme :').moveDown(0.5);
    doc.text(`  Journée de formation / training day : ${h(e.heldBySource.training)}`);
    doc.text(`  Rencontres du binôme tenues / pair meetings held : ${h(e.heldBySource.meeting)}`);
    doc.text(`  Temps forts de la promotion / promotion events attended : ${h(e.heldBySource.event)}`);
    doc.text(`  Total réalisé / total done : ${h(e.heldHours)}`).moveDown(0.5);
    doc.text(`Heures planifiées à venir / hours planned ahead : ${h(e.plannedHours)}`);
    doc.text(`Plafond du programme / programme cap : ${h(e.capHours)}`).moveDown(2);
    doc.text(`Délivrée le / issued on ${issuedAt.toISOString().slice(0, 10)} par / by Binôme.`);
    doc.end();
  });
}
