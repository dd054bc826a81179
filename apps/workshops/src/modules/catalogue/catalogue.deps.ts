import type { WorkshopRepository } from './workshop.repository';

/** What the catalogue's use cases need; built once in the composition root. */
export interface CatalogueDeps {
  workshops: WorkshopRepository;
  now: () => Date;
}
