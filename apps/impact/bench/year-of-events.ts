// The bench's simulated year at ten times the target load: 150 promotions of 25 pairs across six
// territories, each pair with its intake, volunteer, pairing, ten meetings, five surveys and an
// outcome (35 events a pair). IMPACT_BENCH_SCALE (0, 1] shrinks the number of promotions.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { loadEnv } from '@binome/config';
import { createEnvelope, EVENTS, type EventEnvelope } from '@binome/events';
import { PromotionEvents, daysAfter, daysAgo } from '../src/testing/promotion-events';

const TERRITORIES = ['paris', 'rennes', 'tours', 'orleans', 'strasbourg', 'gironde'];
/** The bench's settings, parsed once at start-up. */
export const BENCH_ENV = loadEnv({
  IMPACT_BENCH_SCALE: z.coerce.number().gt(0).lte(1).default(1).describe('share of the simulated year, in (0, 1]'),
  IMPACT_BENCH_LAG: z.enum(['0', '1']).default('1').describe('0 leaves out the HTTP → count lag part'),
  IMPACT_BENCH_PROFILE: z.string().min(1).optional().describe('directory for the CPU profiles of the two consumers'),
});
export const SCALE = BENCH_ENV.IMPACT_BENCH_SCALE;
export const PROMOTIONS = Math.max(1, Math.round(150 * SCALE));
export const PAIRS_PER_PROMOTION = 25;

export function yearOfEvents(topics: Record<'recruitment' | 'matching' | 'scheduling' | 'impact', string>) {
  const out: { topic: string; e: EventEnvelope }[] = [];
  for (let p = 0; p < PROMOTIONS; p++) {
    const t = TERRITORIES[p % TERRITORIES.length];
    const promo = new PromotionEvents(t, `bench-promo-${p}`);
    const start = daysAgo(200 + (p % 120));
    for (let i = 0; i < PAIRS_PER_PROMOTION; i++) {
      const c = randomUUID();
      const v = randomUUID();
      const pairId = randomUUID();
      for (const e of promo.intake(c, ['screened', 'interviewed', 'admitted'])) out.push({ topic: topics.recruitment, e });
      out.push({ topic: topics.recruitment, e: promo.volunteer(v, `company-${i % 5}`) });
      for (const e of promo.pair({
        pairId,
        beneficiaryId: c,
        volunteerId: v,
        start,
        konnecteurId: `ref-${p}-${i % 7}`,
        end: { at: daysAfter(start, 183), as: 'completed' },
      }))
        out.push({ topic: topics.matching, e });
      for (let k = 0; k < 10; k++)
        for (const e of promo.meeting(randomUUID(), pairId, 'held', daysAfter(start, 10 + 15 * k)))
          out.push({ topic: topics.scheduling, e });
      for (const [respondent, wave] of [
        ['beneficiary', 'T0'],
        ['beneficiary', 'T3'],
        ['beneficiary', 'T6'],
        ['beneficiary', 'T12'],
        ['volunteer', 'T6'],
      ] as const)
        out.push({
          topic: topics.impact,
          e: createEnvelope({
            type: EVENTS.SurveyAnswered,
            payload: {
              responseId: `${pairId}:${respondent}:${wave}`,
              territoryId: t,
              promotionId: promo.promotionId,
              pairId,
              personId: respondent === 'beneficiary' ? c : v,
              respondent,
              wave,
              questionnaireId: respondent === 'beneficiary' ? 'beneficiary-core' : 'volunteer-end',
              questionnaireVersion: 1,
              answers: [{ questionId: respondent === 'beneficiary' ? 'network' : 'wouldDoAgain', number: i % 10 ? 1 : 0, choices: [] }],
              answeredAt: new Date(),
              dueOn: '2026-01-01',
            },
            territoryId: t,
            aggregateType: 'pair',
            aggregateId: pairId,
            source: 'impact',
          }),
        });
      out.push({
        topic: topics.impact,
        e: createEnvelope({
          type: EVENTS.OutcomeRecorded,
          payload: {
            outcomeId: randomUUID(),
            territoryId: t,
            promotionId: promo.promotionId,
            pairId,
            beneficiaryId: c,
            kind: i % 2 ? 'permanent-contract' : 'none',
            startedOn: '2026-01-01',
            evidenceProvided: false,
            recordedAt: new Date(),
          },
          territoryId: t,
          aggregateType: 'pair',
          aggregateId: pairId,
          source: 'impact',
        }),
      });
    }
  }
  return out;
}
