import type { Permission, Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import type { ContactRepository } from '../contact.repository';
import type { NotificationRepository } from '../notification.repository';

/** Stops the emails: the contact is removed (nothing of it stays) and the pending emails are dropped. */
export async function unsubscribeReminders(
  d: MeetingsDeps & { contacts: ContactRepository; notificationStore: NotificationRepository },
  principal: Principal,
  permission: Permission,
  pairId: string,
) {
  const { pair, side } = await pairInReach(d, principal, permission, pairId);
  if (side === 'programme') throw forbidden('Reminders are a participant’s own');
  const personId = side === 'beneficiary' ? pair.beneficiaryId : pair.volunteerId;
  await d.contacts.remove(pair.territoryId, side, personId);
  await d.notificationStore.cancelPendingTo(pair.territoryId, side, personId, 'unsubscribed');
}
