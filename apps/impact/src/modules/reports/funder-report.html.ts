import type { IndicatorReport } from '../indicators/indicators';
import { DEFINITIONS, INSERTION_CATEGORIES } from '../outcomes/outcome-typology';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const pct = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v * 100)} %`);

/** One horizontal bar per figure: measured value with its interval as a whisker, the published figure as a tick. */
function figureChart(r: IndicatorReport): string {
  const row = 34;
  const x0 = 230;
  const width = 360;
  const bars = r.figures
    .map((f, i) => {
      const y = 10 + i * row;
      const v = f.value ?? 0;
      const whisker = f.interval
        ? `<line x1="${x0 + f.interval.lower * width}" x2="${x0 + f.interval.upper * width}" y1="${y + 9}" y2="${y + 9}" stroke="#222" stroke-width="2"/>`
        : '';
      return `<text x="0" y="${y + 13}" font-size="12">${esc(f.label.fr)}</text>
<rect x="${x0}" y="${y}" width="${width}" height="18" fill="#eee"/>
<rect x="${x0}" y="${y}" width="${v * width}" height="18" fill="#2b6cb0"/>${whisker}
<line x1="${x0 + f.published * width}" x2="${x0 + f.published * width}" y1="${y - 3}" y2="${y + 21}" stroke="#c53030" stroke-width="3"/>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${20 + r.figures.length * row}" role="img" aria-label="Indicateurs et chiffres publiés">${bars}</svg>`;
}

/** The funder report of a territory and period, in French, with its definitions. */
export function funderReportHtml(title: string, period: string, r: IndicatorReport): string {
  const rows = r.figures
    .map(
      (f) =>
        `<tr><td>${esc(f.label.fr)}</td><td>${f.numerator ?? '—'} / ${f.denominator ?? '—'}</td><td>${pct(f.value)}</td><td>${f.interval ? `${pct(f.interval.lower)} – ${pct(f.interval.upper)}` : '—'}</td><td>${pct(f.responseRate)}</td><td>${pct(f.published)}</td></tr>`,
    )
    .join('');
  const definitions = r.figures.map((f) => `<li><b>${esc(f.label.fr)}</b> : ${esc(f.definition.fr)}</li>`).join('');
  const typology = INSERTION_CATEGORIES.map((c) => `<li>${c} : ${r.insertionTypology[c]}</li>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;font-size:12px;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 6px}h1{font-size:18px}</style></head>
<body><h1>${esc(title)}</h1><p>Période : ${esc(period)} — calculé au ${esc(r.asOf)}</p>
<h2>Indicateurs du programme</h2>
<table><tr><th>Indicateur</th><th>Effectifs</th><th>Valeur</th><th>Intervalle de confiance à 95 % (Wilson)</th><th>Taux de réponse</th><th>Chiffre publié</th></tr>${rows}</table>
${figureChart(r)}
<h2>Parcours</h2><p>Candidatures : ${r.funnel.applied} ; admis : ${r.funnel.admitted} ; binômes actifs : ${r.pairs.active} ; binômes terminés : ${r.pairs.completed} ; rendez-vous tenus : ${r.meetings.held} ; heures des salariés volontaires : ${r.volunteerHours.meetings.toFixed(1)}</p>
<h2>Sorties selon la typologie française</h2><ul>${typology}</ul>
<h2>Définitions</h2><ul>${definitions}<li>${esc(DEFINITIONS.programmePositiveExit.fr)}</li><li>${esc(DEFINITIONS.insertionTypology.fr)}</li></ul>
</body></html>`;
}
