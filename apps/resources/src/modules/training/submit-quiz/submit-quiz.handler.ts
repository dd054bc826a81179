import type { Principal } from '@binome/auth';
import { conflict, validationFailed } from '@binome/errors';
import { completeIfDone } from '../quiz-completion';
import { completionIdOf, scoreOf } from '../training-module.entity';
import { learnerOf } from '../training-module.reach';
import type { TrainingDeps } from '../training.deps';
import type { SubmitQuizBody } from './submit-quiz.request';

/** Scores an attempt (the answers are not stored, only the score); a pass with every part read completes the module. */
export async function submitQuiz(d: TrainingDeps, principal: Principal, id: string, body: SubmitQuizBody) {
  const learner = await learnerOf(d, principal, id);
  const rule = learner.module.rule;
  if (rule.kind !== 'parts-and-quiz') throw conflict('This module is completed by attendance, not by a quiz');
  if (body.answers.length !== rule.questions.length)
    throw validationFailed([{ field: 'body.answers', message: `one answer per question (${rule.questions.length})` }]);
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
  const score = scoreOf(rule.questions, body.answers);
  const attempt = { at: d.now(), score, passed: score >= rule.passMark };
  await d.completions.addAttempt(progress, attempt);
  return completeIfDone(d, learner.module, { ...progress, attempts: [...progress.attempts, attempt] });
}
