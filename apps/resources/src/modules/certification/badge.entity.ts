import { createHash } from 'node:crypto';

/**
 * A badge awarded to a person: one per achievement and recipient in a territory (its id derives
 * from them, so a redelivered event awards nothing twice). The recipient chooses how the
 * credential names them: by an identifier only (default) or by the name they give.
 */
export interface Badge {
  _id: string;
  territoryId: string;
  achievementId: string;
  recipient: { kind: string; id: string };
  display: { kind: 'identifier' } | { kind: 'name'; name: string };
  /** The salt of the hashed identifier in the credentials (fixed per badge). */
  salt: string;
  awardedAt: Date;
  /** The fact behind the award (event type and id). */
  evidence: { event: string; eventId: string };
  /** This badge's bit in the issuer's revocation status list. */
  statusListIndex: number;
  revoked?: { at: Date; by: string; reason: string };
  createdAt: Date;
  updatedAt: Date;
}

/** A UUID-shaped id from territory, achievement and recipient (the natural key). */
export function badgeIdOf(territoryId: string, achievementId: string, recipientId: string): string {
  const h = createHash('sha256').update(`${territoryId}|${achievementId}|${recipientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The recipient's pseudonymous identifier in credentials: `sha256$<hex of id + salt>` (OB's hashed identity). */
export const hashedIdentity = (b: Pick<Badge, 'recipient' | 'salt'>) =>
  `sha256$${createHash('sha256').update(`urn:binome:${b.recipient.kind}:${b.recipient.id}${b.salt}`).digest('hex')}`;
