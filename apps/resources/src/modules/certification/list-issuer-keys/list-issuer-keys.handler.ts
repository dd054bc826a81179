import type { Permission, Principal } from '@binome/auth';
import type { CertificationDeps } from '../certification.deps';
import { assertHq, issuerKeyView } from '../issuer-keys';

/** The signing keys as the database holds them now (HQ): current, previous (published), retired. */
export async function listIssuerKeys(d: Pick<CertificationDeps, 'keys'>, principal: Principal, permission: Permission) {
  assertHq(principal, permission);
  await d.keys.refresh();
  return (await d.keys.list()).map(({ key, status }) => issuerKeyView(key, status));
}
