import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { completionIdOf } from '../training-module.entity';
import { learnerOf } from '../training-module.reach';
import type { TrainingDeps } from '../training.deps';
import { completeIfDone } from '../quiz-completion';

/** The learner read a part (idempotent); reading the last one after a passed quiz completes the module. */
export async function markPartRead(d: TrainingDeps, principal: Principal, id: string, partId: string) {
  const learner = await learnerOf(d, principal, id);
  if (!learner.module.parts.some((p) => p.id === partId)) throw notFound('Part');
  const progress = await d.completions.progressOf(
    {
      _id: completionIdOf(id, learner.kind, learner.personId),
      territoryId: learner.territoryId,
      moduleId: id,
      personKind: learner.kind,
      personId: learner.personId,
    },
    d.now(),
  );
  await d.completions.markRead(progress, partId);
  return completeIfDone(d, learner.module, { ...progress, partsRead: [...new Set([...progress.partsRead, partId])] });
}
