import type { ResourceRepository } from '../library/resource.repository';
import type { MeetingGuideRepository } from './meeting-guide.repository';

export interface GuidesDeps {
  guides: MeetingGuideRepository;
  resources: ResourceRepository;
  now: () => Date;
}
