import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import { checkedFile } from '../file-content';
import type { LibraryDeps } from '../library.deps';
import { editableResource } from '../library-writes';
import type { Resource, ResourceVersion } from '../resource.entity';

/**
 * Stores the bytes as version n+1 once their sniffed type matches the claimed one. The file is
 * written before the version that points to it (no transactions); a refused version removes it.
 */
export async function uploadResourceFile(
  d: LibraryDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  upload: { bytes: Buffer; claimedType: string | undefined; filename: string },
): Promise<Resource> {
  const { resource, scope } = await editableResource(d, principal, permission, id);
  const checked = await checkedFile(upload.bytes, upload.claimedType);
  const fileId = await d.files.put(upload.bytes, {
    filename: upload.filename,
    contentType: checked.contentType,
    territoryId: resource.territoryId,
    resourceId: id,
  });
  const version: ResourceVersion = {
    version: resource.latestVersion + 1,
    kind: 'file',
    file: { fileId, filename: upload.filename, ...checked },
    createdBy: principal.subject,
    createdAt: d.now(),
  };
  if (!(await d.resources.appendVersion(scope, id, resource.latestVersion, version))) {
    await d.files.remove(fileId);
    throw conflict('The resource changed meanwhile; reload and try again');
  }
  return { ...resource, versions: [...resource.versions, version], latestVersion: version.version, updatedAt: version.createdAt };
}
