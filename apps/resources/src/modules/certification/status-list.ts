import { gunzipSync, gzipSync } from 'node:zlib';

/** W3C Bitstring Status List: at least 16 KB (131,072 entries), so a list reveals little about who is in it. */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * The list's `encodedList`: the bitstring (index 0 is the most significant bit of the first
 * byte), GZIP-compressed, base64url without padding, with the multibase prefix `u`.
 */
export function encodeStatusList(setIndices: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  const bits = Buffer.alloc(length / 8);
  for (const i of setIndices) if (i >= 0 && i < length) bits[i >> 3] |= 0x80 >> (i & 7);
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The bit at `index` (true: revoked), read back from an `encodedList`. */
export function statusAt(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (u…)');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
