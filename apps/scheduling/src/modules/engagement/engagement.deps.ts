import type { MeetingsDeps } from '../meetings/meetings.deps';
import type { VolunteerFactRepository } from '../volunteers/volunteer-fact.repository';

/** Company HR's reads: the volunteers' facts (their company) and their ledgers. */
export interface EngagementDeps extends MeetingsDeps {
  volunteers: VolunteerFactRepository;
}
