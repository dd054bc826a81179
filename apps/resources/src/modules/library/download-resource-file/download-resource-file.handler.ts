import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { versionInReach } from '../get-resource-version/get-resource-version.handler';
import type { LibraryDeps } from '../library.deps';

/** The bytes of a file version, with the type sniffed at upload. */
export async function downloadResourceFile(d: LibraryDeps, principal: Principal, permission: Permission, id: string, n: number) {
  const { version } = await versionInReach(d, principal, permission, id, n);
  if (!version.file) throw notFound('File');
  return { bytes: await d.files.get(version.file.fileId), file: version.file };
}
