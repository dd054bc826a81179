import { createHash } from 'node:crypto';
import { fromBuffer } from 'file-type';
import { AppError } from '@binome/errors';
import { RESOURCE_FILE_BODY_LIMIT } from '@binome/http-server';

/** The upload limit of one file (the gateway applies the same number to this route). */
export const RESOURCE_FILE_LIMIT = RESOURCE_FILE_BODY_LIMIT;

/** The media types the library stores, as `file-type` names them from the bytes. */
export const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

const unsupported = (message: string) =>
  new AppError('unsupported_media_type', message, { fields: [{ field: 'headers.content-type', message }] });

/**
 * The file's type as read from its bytes (magic numbers, and the entries of an Office zip), never
 * from its name or the claimed header alone: both must agree, and be a type the library keeps.
 */
export async function checkedFile(bytes: Buffer, claimed: string | undefined) {
  const claim = (claimed ?? '').split(';')[0].trim().toLowerCase();
  if (!FILE_TYPES[claim])
    throw unsupported(`${claim || 'no media type'} is not accepted; send one of ${Object.keys(FILE_TYPES).join(', ')}`);
  const sniffed = await fromBuffer(bytes);
  if (!sniffed) throw unsupported(`the bytes are not a recognised file, not ${claim}`);
  if (sniffed.mime !== claim) throw unsupported(`the bytes are ${sniffed.mime}, not ${claim}`);
  return { contentType: sniffed.mime, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
