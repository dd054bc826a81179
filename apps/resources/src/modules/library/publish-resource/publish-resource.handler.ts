import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import type { LibraryDeps } from '../library.deps';
import { editableResource } from '../library-writes';
import type { Resource } from '../resource.entity';
import { resourcePublished } from '../resource.events';

/** Publishes the latest version for the resource's audiences, recording who and when. */
export async function publishResource(d: LibraryDeps, principal: Principal, permission: Permission, id: string): Promise<Resource> {
  const { resource, scope } = await editableResource(d, principal, permission, id);
  if (resource.latestVersion === 0) throw conflict('The resource has no content yet: add markdown or a file first');
  if (resource.publication?.version === resource.latestVersion) return resource;
  const publication = { version: resource.latestVersion, by: principal.subject, at: d.now() };
  const done = await d.resources.publish(scope, id, publication.version, publication.by, publication.at, [
    resourcePublished(resource, publication.version),
  ]);
  if (!done) throw conflict('The resource changed meanwhile; reload and try again');
  return { ...resource, publication, updatedAt: publication.at };
}
