import { notFound } from '@binome/errors';
import type { CertificationDeps } from '../certification.deps';
import { ob2 } from '../credentials';

/** The hosted assertion (its id is the credential): revoked ones answer 410 with `revoked: true`, as OB 2.0 asks. */
export async function hostedAssertion(d: Pick<CertificationDeps, 'badges' | 'publicUrl'>, id: string) {
  const badge = await d.badges.byId(id);
  if (!badge) throw notFound('Assertion');
  return { status: badge.revoked ? 410 : 200, body: ob2.assertion(d.publicUrl, badge) };
}
