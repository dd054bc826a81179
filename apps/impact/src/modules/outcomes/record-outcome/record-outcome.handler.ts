import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { staffReaches } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { notFound, validationFailed } from '@binome/errors';
import { surveyReach } from '../../surveys/survey.reach';
import type { SurveysDeps } from '../../surveys/surveys.deps';
import type { Outcome } from '../outcome.entity';
import { outcomeRecorded } from '../outcome.events';
import { outcomeView } from '../outcome.views';
import type { RecordOutcomeBody } from '../outcomes.request';

/**
 * Staff or the pair's Konnecteur record a beneficiary's opportunity or exit. The pair is found
 * through its surveys (scheduled from matching's events) in the caller's reach, which gives its
 * territory, promotion and beneficiary: another territory's pair is 404.
 */
export async function recordOutcome(d: SurveysDeps, principal: Principal, permission: Permission, body: z.infer<typeof RecordOutcomeBody>) {
  const reach = await surveyReach(d.konnecteurs, principal, permission);
  const survey = reach
    ? await d.surveys.findOne(reach.scope, { $and: [{ pairId: body.pairId, respondent: 'beneficiary' }, reach.filter] })
    : null;
  if (!survey || !reach) throw notFound('Pair');
  const now = d.now();
  if (body.startedOn > now.toISOString().slice(0, 10) && body.kind !== 'none')
    throw validationFailed([{ field: 'body.startedOn', message: 'an outcome is recorded once it has started' }]);
  const outcome: Outcome = {
    _id: randomUUID(),
    territoryId: survey.territoryId,
    promotionId: survey.promotionId,
    pairId: survey.pairId,
    beneficiaryId: survey.personId,
    kind: body.kind,
    startedOn: body.startedOn,
    ...(body.evidence ? { evidence: body.evidence } : {}),
    evidenceProvided: !!body.evidence,
    recordedBy: principal.subject,
    recordedAt: now,
  };
  await d.outcomes.insert(outcome, [outcomeRecorded(d.topic, outcome)]);
  return outcomeView(outcome, staffReaches(reach, outcome.territoryId));
}
