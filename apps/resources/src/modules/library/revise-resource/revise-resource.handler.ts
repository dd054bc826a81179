import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import type { LibraryDeps } from '../library.deps';
import { editableResource } from '../library-writes';
import { renderMarkdown } from '../markdown';
import type { Resource, ResourceVersion } from '../resource.entity';
import type { ReviseResourceBody } from './revise-resource.request';

/** Appends version n+1; the published version, if any, stays what the audiences read until the next publication. */
export async function reviseResource(
  d: LibraryDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  body: ReviseResourceBody,
): Promise<Resource> {
  const { resource, scope } = await editableResource(d, principal, permission, id);
  const { markdown, ...described } = body;
  const version: ResourceVersion = {
    version: resource.latestVersion + 1,
    kind: 'markdown',
    markdown,
    html: renderMarkdown(markdown),
    createdBy: principal.subject,
    createdAt: d.now(),
  };
  if (!(await d.resources.appendVersion(scope, id, resource.latestVersion, version, described)))
    throw conflict('The resource changed meanwhile; reload and try again');
  return {
    ...resource,
    ...described,
    versions: [...resource.versions, version],
    latestVersion: version.version,
    updatedAt: version.createdAt,
  };
}
