import { territory } from '@binome/persistence';
import type { BeneficiaryRepository } from './beneficiary.repository';
import type { PersonMeetingRepository } from './person-meeting.repository';
import type { AbsenceAlertRepository } from '../attendance/absence-alert.repository';
import type { FeedbackRepository } from '../feedback/feedback.repository';
import type { SessionRepository } from '../sessions/session.repository';

/**
 * Recruitment erased a person: their projection goes, and their registrations leave every
 * session of the territory (seat counts and assiduity figures then no longer count them), their
 * alert goes, their signed feedback becomes anonymous, and they leave the projected pair meetings
 * (with those meetings' topics).
 * Idempotent: a replay finds nothing left to remove.
 */
export async function erasePerson(
  d: {
    beneficiaries: BeneficiaryRepository;
    sessions: SessionRepository;
    alerts: AbsenceAlertRepository;
    feedback: FeedbackRepository;
    meetings: PersonMeetingRepository;
  },
  territoryId: string,
  personId: string,
): Promise<void> {
  await d.beneficiaries.erase(territoryId, personId);
  await d.alerts.erase(territoryId, personId);
  await d.feedback.forget(territoryId, personId);
  await d.meetings.forget(territoryId, personId);
  for (const s of await d.sessions.ofPerson(territory(territoryId), personId)) {
    // A concurrent change moves the revision: read again until the write lands.
    for (let attempt = 0, cur = s; attempt < 5; attempt++) {
      if (await d.sessions.save(cur, { registrations: cur.registrations.filter((r) => r.personId !== personId) })) break;
      const fresh = await d.sessions.findById(territory(territoryId), s._id);
      if (!fresh) break;
      cur = fresh;
    }
  }
}
