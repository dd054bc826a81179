import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { statusOf, type Resource, type ResourceVersion } from './resource.entity';

const fileView = (r: Resource, v: ResourceVersion) =>
  v.file
    ? {
        file: {
          filename: v.file.filename,
          contentType: v.file.contentType,
          size: v.file.size,
          sha256: v.file.sha256,
          path: `/v1/resources/${r._id}/versions/${v.version}/file`,
        },
      }
    : {};

/** One version's content: the sanitised HTML (and its markdown source), or the file's description. */
export const versionView = (r: Resource, v: ResourceVersion, staff: boolean) => ({
  version: v.version,
  kind: v.kind,
  ...(v.kind === 'markdown' ? { html: v.html ?? '', markdown: v.markdown ?? '' } : {}),
  ...fileView(r, v),
  createdAt: v.createdAt,
  ...(staff ? { createdBy: v.createdBy } : {}),
});

/**
 * A resource as its reader sees it. Staff: the latest version, the list of versions and the
 * publication (who, when). Audiences: the published version only, without staff subjects.
 */
export function resourceView(r: Resource, staff: boolean) {
  const shown = staff
    ? r.versions.find((v) => v.version === r.latestVersion)
    : r.versions.find((v) => v.version === r.publication?.version);
  return {
    id: r._id,
    territoryId: r.territoryId,
    title: r.title,
    ...(r.summary ? { summary: r.summary } : {}),
    audiences: r.audiences,
    language: r.language,
    topics: r.topics,
    status: statusOf(r),
    ...(shown ? { content: versionView(r, shown, staff) } : {}),
    ...(staff
      ? {
          latestVersion: r.latestVersion,
          versions: r.versions.map((v) => ({ version: v.version, kind: v.kind, createdBy: v.createdBy, createdAt: v.createdAt })),
          ...(r.publication ? { publication: r.publication } : {}),
          createdBy: r.createdBy,
          createdAt: r.createdAt,
        }
      : { publishedAt: r.publication?.at }),
    updatedAt: r.updatedAt,
  };
}

const VersionContent = z.object({
  version: z.number().int(),
  kind: z.enum(['markdown', 'file']),
  html: z.string().optional().describe('sanitised: no script, handler or javascript: URL'),
  markdown: z.string().optional(),
  file: z.object({ filename: z.string(), contentType: z.string(), size: z.number(), sha256: z.string(), path: z.string() }).optional(),
  createdAt: z.string(),
  createdBy: z.string().optional(),
});
export const ResourceVersionSchema = apiSchema('ResourceVersion', VersionContent);

export const ResourceViewSchema = apiSchema(
  'Resource',
  z.object({
    id: z.string(),
    territoryId: z.string().describe('a territory, or "national" (visible everywhere)'),
    title: z.string(),
    summary: z.string().optional(),
    audiences: z.array(z.string()),
    language: z.string(),
    topics: z.array(z.string()),
    status: z.enum(['draft', 'published']),
    content: VersionContent.optional(),
    latestVersion: z.number().int().optional(),
    versions: z.array(z.object({ version: z.number(), kind: z.string(), createdBy: z.string(), createdAt: z.string() })).optional(),
    publication: z.object({ version: z.number(), by: z.string(), at: z.string() }).optional(),
    publishedAt: z.string().optional(),
    createdBy: z.string().optional(),
    createdAt: z.string().optional(),
    updatedAt: z.string(),
  }),
);
