import { createHash, randomBytes } from 'node:crypto';

/**
 * A one-tap link in an email: "yes, it took place" / "no" for a meeting, "I'll come" / "I won't"
 * for a calendar event. The link is the credential (the person taps it in their mailbox, signed
 * in nowhere), so it carries 256 random bits and only their SHA-256 is stored; it answers for one
 * person, one side and one thing, and expires.
 */
export interface AnswerLink {
  /** SHA-256 of the token. */
  _id: string;
  territoryId: string;
  purpose: 'attendance' | 'rsvp';
  meetingId?: string;
  eventId?: string;
  side: 'beneficiary' | 'volunteer' | 'konnecteur';
  personId: string;
  answer: boolean;
  expiresAt: Date;
  createdAt: Date;
}

export const LINK_DAYS = 14;
export const newLinkToken = (): string => randomBytes(32).toString('base64url');
export const linkHashOf = (token: string): string => createHash('sha256').update(token).digest('hex');
