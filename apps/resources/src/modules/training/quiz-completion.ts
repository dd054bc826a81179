import { completedByQuiz, type Completion, type TrainingModule } from './training-module.entity';
import { moduleCompleted } from './training.events';
import type { TrainingDeps } from './training.deps';

/** Completes a parts-and-quiz module once every part is read and an attempt passed (once: compare-and-set). */
export async function completeIfDone(d: Pick<TrainingDeps, 'completions' | 'now'>, m: TrainingModule, c: Completion): Promise<Completion> {
  if (c.completedOn || !completedByQuiz(m, c)) return c;
  const on = d.now().toISOString().slice(0, 10);
  const completed = { ...c, completedOn: on, recordedBy: c.personId };
  return (await d.completions.complete(c, on, c.personId, [moduleCompleted(m, completed, on)])) ? completed : c;
}
