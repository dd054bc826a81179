import { selfEmail, type Permission, type Principal } from '@binome/auth';
import { forbidden, validationFailed } from '@binome/errors';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import type { ContactRepository } from '../contact.repository';
import type { Language } from '../contact.entity';

/**
 * A participant asks for reminders by email: at the verified address of their own account (never
 * an address typed in: a typo or someone else's address would receive another person's meetings),
 * greeted with the first name they give — which their partner also sees in their emails and feed.
 */
export async function subscribeReminders(
  d: MeetingsDeps & { contacts: ContactRepository },
  principal: Principal,
  permission: Permission,
  pairId: string,
  body: { firstName: string; language?: Language },
) {
  const { pair, side } = await pairInReach(d, principal, permission, pairId);
  if (side === 'programme') throw forbidden('Reminders are a participant’s own; a Konnecteur’s address is recorded by staff');
  const email = selfEmail(principal);
  if (!email) throw validationFailed([{ field: 'email', message: 'the account has no verified email to send reminders to' }]);
  return d.contacts.put(
    {
      territoryId: pair.territoryId,
      personKind: side,
      personId: side === 'beneficiary' ? pair.beneficiaryId : pair.volunteerId,
      email,
      firstName: body.firstName,
      language: body.language ?? d.policies[pair.territoryId]?.language ?? 'fr',
    },
    d.now(),
  );
}
