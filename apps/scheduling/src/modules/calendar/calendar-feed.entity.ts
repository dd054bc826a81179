import { createHash, randomBytes } from 'node:crypto';

/**
 * An iCalendar feed: a person's (beneficiary or volunteer id, in a territory: their meetings and
 * the promotion events they are invited to) or a promotion's (its calendar events, managed by its
 * staff), reached by an unguessable token. Only the token's SHA-256 is stored, so a database read does not
 * give a working URL; renewing replaces it (the old URL stops at once), revoking removes it.
 */
export interface CalendarFeed {
  /** `<territory>:<kind>:<person id>`: one feed per person. */
  _id: string;
  territoryId: string;
  /** `promotion`: the promotion's feed, `personId` is the promotion id. */
  personKind: 'beneficiary' | 'volunteer' | 'promotion';
  personId: string;
  tokenHash: string;
  createdAt: Date;
  updatedAt: Date;
}

export const feedIdOf = (territoryId: string, personKind: CalendarFeed['personKind'], personId: string) =>
  `${territoryId}:${personKind}:${personId}`;

/** 256 random bits, URL-safe. */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');
export const tokenHashOf = (token: string): string => createHash('sha256').update(token).digest('hex');
