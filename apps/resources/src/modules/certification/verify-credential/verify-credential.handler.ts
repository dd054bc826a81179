import sanitizeHtml from 'sanitize-html';
import { notFound } from '@binome/errors';
import { achievementOf } from '../achievement.catalogue';
import type { CertificationDeps } from '../certification.deps';
import { urls } from '../credentials';

const esc = (s: string) => sanitizeHtml(s, { allowedTags: [], allowedAttributes: {} });

/**
 * The public verification page of a credential (its id is in the credential): issuer, badge,
 * criteria, the recipient as they chose, the date, and whether it is valid or revoked — the same
 * state the status list publishes. A page without script or inline style (the CSP stays strict).
 */
export async function verificationPage(d: Pick<CertificationDeps, 'badges' | 'publicUrl'>, id: string): Promise<string> {
  const badge = await d.badges.byId(id);
  const a = badge && achievementOf(badge.achievementId);
  if (!badge || !a) throw notFound('Credential');
  const recipient = badge.display.kind === 'name' ? esc(badge.display.name) : 'identifiant pseudonyme / pseudonymous identifier';
  const status = badge.revoked
    ? `<p id="status" class="revoked"><strong>Révoqué</strong> / revoked (${badge.revoked.at.toISOString().slice(0, 10)})</p>`
    : '<p id="status" class="valid"><strong>Valide</strong> / valid</p>';
  const u = urls(d.publicUrl);
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.name)} — vérification du badge</title></head>
<body><main>
<h1>${esc(a.name)}</h1>
${status}
<dl>
<dt>Émetteur / issuer</dt><dd>Binôme</dd>
<dt>Titulaire / recipient</dt><dd>${recipient}</dd>
<dt>Délivré le / issued on</dt><dd>${badge.awardedAt.toISOString().slice(0, 10)}</dd>
<dt>Description</dt><dd>${esc(a.description)}</dd>
<dt>Critères / criteria</dt><dd>${esc(a.criteria)}</dd>
</dl>
<p>Vérifiez vous-même / verify it yourself: <a href="${u.jwks}">clé publique (JWKS)</a> · <a href="${u.statusList}">liste de révocation</a> · <a href="${u.ob2Assertion(badge._id)}">Open Badges 2.0</a></p>
</main></body></html>`;
}
