import type { PairScheduleRepository } from '../pairs/pair-schedule.repository';
import type { RecruitmentClient } from '../pairs/recruitment.client';
import type { MeetingRepository } from './meeting.repository';

/** What the meeting use cases need; built once in the composition root. */
export interface MeetingsDeps {
  pairs: PairScheduleRepository;
  meetings: MeetingRepository;
  recruitment: Pick<RecruitmentClient, 'ownPeople'>;
  now: () => Date;
}
