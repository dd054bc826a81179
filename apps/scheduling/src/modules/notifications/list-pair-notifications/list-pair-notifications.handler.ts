import type { Permission, Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import type { NotificationRepository } from '../notification.repository';

/**
 * The emails of a pair and where they stand (pending, sent, failed with the last error, cancelled
 * with why), for the programme side: a failed reminder is visible rather than silent. No address
 * or content: what was sent is rendered at send time and not kept.
 */
export async function listPairNotifications(
  d: MeetingsDeps & { notificationStore: NotificationRepository },
  principal: Principal,
  permission: Permission,
  pairId: string,
) {
  const { pair, side } = await pairInReach(d, principal, permission, pairId);
  if (side !== 'programme') throw forbidden('The emails of a pair are followed by its programme side');
  const items = (await d.notificationStore.ofPair(pair.territoryId, pair._id)).map((n) => ({
    kind: n.kind,
    recipientKind: n.recipient.kind,
    ...(n.meetingId ? { meetingId: n.meetingId } : {}),
    status: n.status,
    dueAt: n.nextAttemptAt.toISOString(),
    attempts: n.attempts,
    ...(n.lastError ? { lastError: n.lastError } : {}),
    ...(n.doneAt ? { doneAt: n.doneAt.toISOString() } : {}),
  }));
  return { items, total: items.length };
}
