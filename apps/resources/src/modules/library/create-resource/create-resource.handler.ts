import { randomUUID } from 'node:crypto';
import type { Permission, Principal } from '@binome/auth';
import type { Resource } from '../resource.entity';
import type { LibraryDeps } from '../library.deps';
import { renderMarkdown } from '../markdown';
import { assertMayEdit } from '../resource.reach';
import type { CreateResourceBody } from './create-resource.request';

/** Stores a draft in the staff member's territory (HQ: any, or national). */
export async function createResource(
  d: LibraryDeps,
  principal: Principal,
  permission: Permission,
  body: CreateResourceBody,
): Promise<Resource> {
  assertMayEdit(principal, permission, body.territoryId);
  const now = d.now();
  const resource: Resource = {
    _id: randomUUID(),
    territoryId: body.territoryId,
    title: body.title,
    ...(body.summary ? { summary: body.summary } : {}),
    audiences: [...new Set(body.audiences)],
    language: body.language,
    topics: [...new Set(body.topics)],
    versions: body.markdown
      ? [
          {
            version: 1,
            kind: 'markdown',
            markdown: body.markdown,
            html: renderMarkdown(body.markdown),
            createdBy: principal.subject,
            createdAt: now,
          },
        ]
      : [],
    latestVersion: body.markdown ? 1 : 0,
    createdBy: principal.subject,
    createdAt: now,
    updatedAt: now,
  };
  await d.resources.insert(resource);
  return resource;
}
