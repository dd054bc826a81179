import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { resourceInReach } from '../get-resource/get-resource.handler';
import type { LibraryDeps } from '../library.deps';

/** One version: staff read every version; audiences the published one only. */
export async function versionInReach(
  d: Pick<LibraryDeps, 'resources'>,
  principal: Principal,
  permission: Permission,
  id: string,
  n: number,
) {
  const { resource, staff } = await resourceInReach(d, principal, permission, id);
  const version = resource.versions.find((v) => v.version === n);
  if (!version || (!staff && resource.publication?.version !== n)) throw notFound('Version');
  return { resource, version, staff };
}
