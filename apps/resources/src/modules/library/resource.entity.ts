/** Who a resource is written for (the roles of the programme; `staff` covers territory teams and HQ). */
export const AUDIENCES = ['volunteer', 'beneficiary', 'konnecteur', 'koach', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const RESOURCE_TOPICS = [
  'job-search',
  'asylum-and-rights',
  'training',
  'mentoring-toolkit',
  'faq',
  'cv',
  'interview-preparation',
  'network',
  'professional-codes',
  'administrative-steps',
  'french',
] as const;
export type ResourceTopic = (typeof RESOURCE_TOPICS)[number];

/** The scope of resources visible in every territory, edited by HQ only. */
export const NATIONAL = 'national';

export interface StoredFile {
  /** GridFS file id (bucket `resource_files`). */
  fileId: string;
  filename: string;
  /** The media type sniffed from the bytes (equal to the one claimed at upload). */
  contentType: string;
  size: number;
  sha256: string;
}

/** One version of the content: markdown (stored with its sanitised HTML) or an uploaded file. */
export interface ResourceVersion {
  version: number;
  kind: 'markdown' | 'file';
  markdown?: string;
  html?: string;
  file?: StoredFile;
  createdBy: string;
  createdAt: Date;
}

/**
 * A library resource: a guide, legal information, training slides, a toolkit, a FAQ. Every edit
 * appends a version (earlier ones stay readable by staff); publishing makes the latest version the
 * one its audiences read, until the next publication.
 */
export interface Resource {
  _id: string;
  /** A territory, or `national` (visible in every territory). */
  territoryId: string;
  title: string;
  summary?: string;
  audiences: Audience[];
  /** ISO 639-1 code of the content's language. */
  language: string;
  topics: ResourceTopic[];
  versions: ResourceVersion[];
  latestVersion: number;
  publication?: { version: number; by: string; at: Date };
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const statusOf = (r: Pick<Resource, 'publication'>): 'draft' | 'published' => (r.publication ? 'published' : 'draft');
