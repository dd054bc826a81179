import { createHash } from 'node:crypto';

/**
 * What stands for an erased person in impact: a one-way digest of their id, so the facts stay
 * countable (one person is still one person) and nothing in impact points back at a record.
 * Deterministic, so a replay anonymises exactly as the live projection did.
 */
export const erasedKey = (personId: string): string =>
  personId.startsWith('erased-')
    ? personId
    : `erased-${createHash('sha256').update(`binome-impact:${personId}`).digest('hex').slice(0, 32)}`;
