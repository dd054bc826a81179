import type { Permission, Principal } from '@binome/auth';
import { forbidden, notFound } from '@binome/errors';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';

/** The caller's own subscription to reminders for this pair (404 when they have none). */
export async function getReminders(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string) {
  const { pair, side } = await pairInReach(d, principal, permission, pairId);
  if (side === 'programme') throw forbidden('Reminders are a participant’s own');
  const contact = await d.contacts.of(pair.territoryId, side, side === 'beneficiary' ? pair.beneficiaryId : pair.volunteerId);
  if (!contact) throw notFound('Subscription');
  return contact;
}
