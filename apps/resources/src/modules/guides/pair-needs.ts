import type { GuidesDeps } from './guides.deps';
import { weighNeeds, type WeightedNeed } from './needs-sources';

export interface PairNeedsQuery {
  territoryId: string;
  /** Guide needs the caller named (the meeting topics). */
  requested: readonly string[];
  /** The pair's beneficiary (recruitment's candidate id); without it, the requested needs only. */
  beneficiaryId?: string;
  /** The pair's promotion, for impact's T0 gaps (else the one recruitment answers). */
  promotionId?: string;
}

type Settled<T> = { ok: true; value: T } | { ok: false };
const settle = async <T>(p: () => Promise<T>): Promise<Settled<T>> => {
  try {
    return { ok: true, value: await p() };
  } catch {
    return { ok: false };
  }
};

/**
 * A pair's needs from what exists: the caller's topics, recruitment's intake of the beneficiary,
 * impact's T0 gaps (by promotion) and the competencies they attended in workshops (resources' own
 * projection of workshops' events). Peers are asked with the caller's token, so each applies its
 * own matrix; a peer down, refusing or slow (3 s) is left out and named in `unavailable`, and the
 * guide is built from the rest. Nothing of the peers' answers is stored or logged.
 */
export async function pairNeeds(
  d: Pick<GuidesDeps, 'attendance' | 'recruitment' | 'impact' | 'logger'>,
  token: string,
  q: PairNeedsQuery,
): Promise<{ needs: WeightedNeed[]; unavailable: string[] }> {
  const b = q.beneficiaryId;
  if (!b) return { needs: weighNeeds({ requested: q.requested }), unavailable: [] };
  const askImpact = (promotionId: string) =>
    settle(() => (d.impact ? d.impact.t0Gaps(token, q.territoryId, promotionId, b) : Promise.reject(new Error('no impact peer'))));
  const [intake, attended, early] = await Promise.all([
    settle(() => (d.recruitment ? d.recruitment.intakeNeeds(token, q.territoryId, b) : Promise.reject(new Error('no recruitment peer')))),
    d.attendance.competenciesOf(q.territoryId, b),
    q.promotionId ? askImpact(q.promotionId) : undefined,
  ]);
  const promotionId = q.promotionId || (intake.ok ? intake.value?.promotionId : '');
  const t0: Settled<string[]> | undefined = early ?? (promotionId ? await askImpact(promotionId) : undefined);
  const unavailable = [...(intake.ok ? [] : ['recruitment']), ...(t0 && !t0.ok ? ['impact'] : [])];
  if (unavailable.length) d.logger?.warn({ unavailable }, 'meeting guide built without some peers');
  return {
    needs: weighNeeds({
      requested: q.requested,
      intake: intake.ok ? (intake.value?.workshopNeeds ?? []) : [],
      t0Gaps: t0?.ok ? t0.value : [],
      attended,
    }),
    unavailable,
  };
}
