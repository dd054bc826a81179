import type { FacilitatorRepository } from './facilitator.repository';

export interface FacilitatorsDeps {
  facilitators: FacilitatorRepository;
  now: () => Date;
}
