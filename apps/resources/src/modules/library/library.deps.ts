import type { FileStore } from './file-store';
import type { ResourceRepository } from './resource.repository';

/** What the library's use cases receive; built once in the composition root. */
export interface LibraryDeps {
  resources: ResourceRepository;
  files: FileStore;
  now: () => Date;
}
