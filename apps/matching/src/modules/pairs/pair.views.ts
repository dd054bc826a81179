import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import { CRITERIA, type Criterion } from '@binome/matching-engine';
import { DISSOLUTION_REASONS, PAIR_STATUSES, type Pair } from './pair.entity';

const status = z.enum(PAIR_STATUSES);
/** `pairView` as sent (JSON: dates as strings), for the OpenAPI document; the integration spec checks responses against it. */
export const PairViewSchema = apiSchema(
  'Pair',
  z
    .object({
      id: z.string(),
      territoryId: z.string(),
      promotionId: z.string(),
      beneficiaryId: z.string(),
      volunteerId: z.string(),
      status,
      score: z.number().int(),
      contributions: z.array(z.object({ criterion: z.enum(CRITERIA), points: z.number() }).strict()),
      pinned: z.boolean(),
      proposalId: z.string().optional(),
      replacesPairId: z.string().optional(),
      konnecteurId: z.string().optional(),
      konnecteurDistanceKm: z.number().optional(),
      // Stored pairs read back an empty `dissolution` until they are dissolved (mongoose nested path), hence reason optional.
      dissolution: z
        .object({ reason: z.enum(DISSOLUTION_REASONS).optional(), note: z.string().optional() })
        .strict()
        .optional(),
      history: z.array(z.object({ status, at: z.string().datetime(), by: z.string() }).strict()),
      createdAt: z.string().datetime(),
      updatedAt: z.string().datetime(),
    })
    .strict(),
);

/** `GET /v1/pairs/:id`: the pair and its explanation (`pairExplanation`). */
export const PairDetailSchema = apiSchema(
  'PairWithExplanation',
  PairViewSchema.extend({
    explanation: z
      .object({
        total: z.number().int(),
        contributions: z.array(z.object({ criterion: z.enum(CRITERIA), points: z.number() }).strict()),
        details: z.object({}).passthrough(),
        pinned: z.boolean(),
        summary: z.string(),
      })
      .strict(),
  }),
);

export function sortedContributions(contributions: Record<Criterion, number>): { criterion: Criterion; points: number }[] {
  return CRITERIA.map((criterion) => ({ criterion, points: contributions[criterion] ?? 0 })).sort(
    (a, b) => b.points - a.points || CRITERIA.indexOf(a.criterion) - CRITERIA.indexOf(b.criterion),
  );
}

/** A pair as the REST API shows it (react-admin: `id`). The meeting place stays inside. */
export function pairView(p: Pair) {
  return {
    id: p._id,
    territoryId: p.territoryId,
    promotionId: p.promotionId,
    beneficiaryId: p.beneficiaryId,
    volunteerId: p.volunteerId,
    status: p.status,
    score: p.score.total,
    contributions: sortedContributions(p.score.contributions),
    pinned: p.pinned,
    ...(p.proposalId ? { proposalId: p.proposalId } : {}),
    ...(p.replacesPairId ? { replacesPairId: p.replacesPairId } : {}),
    ...(p.konnecteurId ? { konnecteurId: p.konnecteurId, konnecteurDistanceKm: p.konnecteurDistanceKm } : {}),
    ...(p.dissolution ? { dissolution: p.dissolution } : {}),
    history: p.history,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

const PROXIMITY_WORDS = {
  sameTrade: 'same trade',
  sameFamily: 'same trade family',
  sameSector: 'same sector',
  none: 'different trades',
} as const;

/** Per-criterion breakdown of a pair, largest first, with the facts behind each number. */
export function pairExplanation(p: Pair) {
  const d = p.score.details;
  const contributions = sortedContributions(p.score.contributions);
  const top = contributions
    .filter((c) => c.points > 0)
    .slice(0, 2)
    .map((c) => c.criterion);
  return {
    total: p.score.total,
    contributions,
    details: d,
    pinned: p.pinned,
    summary:
      `${p.pinned ? 'Set by staff. ' : ''}Score ${p.score.total}, mostly ${top.join(' and ') || 'nothing'}: ` +
      `${PROXIMITY_WORDS[d.tradeProximity]}, ${Math.round(d.distanceKm * 10) / 10} km apart, ` +
      `${d.sharedSlots.length} shared slot(s), ${d.coveredNeeds.length} need(s) covered` +
      `${d.sharedFirstLanguage ? `, shared language ${d.sharedFirstLanguage}` : ''}${d.frenchMeetsMinimum ? '' : ", French below the volunteer's minimum"}.`,
  };
}
