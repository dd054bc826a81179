import type { z } from 'zod';
import type { Principal } from '@binome/auth';
import { reply } from '@binome/http-server';
import { factsOf, selectionScope } from '../../indicators/indicator-facts';
import { indicatorReport, select } from '../../indicators/indicators';
import type { IndicatorsDeps } from '../../indicators/indicators.deps';
import { funderReportHtml } from '../funder-report.html';
import { printPdf } from '../pdf-printer';
import type { FunderReportQuery } from './get-funder-report.routes';

/** The funder report of a territory and period, printed to PDF. */
export async function getFunderReport(d: IndicatorsDeps, principal: Principal, q: z.infer<typeof FunderReportQuery>) {
  const facts = select(await factsOf(d, selectionScope(principal, q.territoryId)), q);
  const report = indicatorReport(facts, q.asOf ?? d.now().toISOString().slice(0, 10));
  const period = `${q.from ?? 'début'} → ${q.to ?? 'aujourd’hui'}`;
  const pdf = await printPdf(funderReportHtml(`Binôme — rapport d’impact, territoire ${q.territoryId}`, period, report));
  return reply({
    status: 200,
    body: pdf,
    contentType: 'application/pdf',
    headers: { 'content-disposition': `attachment; filename="impact-${q.territoryId}-${report.asOf}.pdf"` },
  });
}
