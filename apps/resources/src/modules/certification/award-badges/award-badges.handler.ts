import { randomBytes } from 'node:crypto';
import { awardsFor, type AwardFact } from '../achievement.catalogue';
import { badgeIdOf, type Badge } from '../badge.entity';
import { badgeAwarded } from '../badge.events';
import type { CertificationDeps } from '../certification.deps';

/**
 * Awards what a fact earns. Idempotent: a badge's id is its natural key (territory, achievement,
 * recipient), so a redelivered or repeated fact finds it and awards nothing; a status index is
 * taken only for a badge not yet stored (a crash between the two leaves an unused index, harmless).
 */
export async function awardBadges(
  d: Pick<CertificationDeps, 'badges' | 'issuer' | 'now'>,
  fact: AwardFact,
  at: { territoryId: string; eventType: string; eventId: string },
): Promise<Badge[]> {
  const awarded: Badge[] = [];
  for (const { achievement, recipientId } of awardsFor(fact)) {
    const id = badgeIdOf(at.territoryId, achievement.id, recipientId);
    if (await d.badges.findById({ kind: 'some', territories: [at.territoryId] }, id)) continue;
    const now = d.now();
    const badge: Badge = {
      _id: id,
      territoryId: at.territoryId,
      achievementId: achievement.id,
      recipient: { kind: achievement.recipientKind, id: recipientId },
      display: { kind: 'identifier' },
      salt: randomBytes(16).toString('hex'),
      awardedAt: now,
      evidence: { event: at.eventType, eventId: at.eventId },
      statusListIndex: await d.issuer.nextStatusIndex(),
      createdAt: now,
      updatedAt: now,
    };
    if (await d.badges.insertIfAbsent(badge, [badgeAwarded(badge)])) awarded.push(badge);
  }
  return awarded;
}
