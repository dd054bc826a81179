import type { FieldIssue } from '@binome/errors';
import { AppError } from '@binome/errors';
import { isAvailable } from '../facilitators/facilitator.entity';
import type { SessionsDeps } from './sessions.deps';

/**
 * The facilitators of a session at [startsAt, endsAt): each one exists in the territory, declared
 * a window holding the whole session, and facilitates no other session at that time. Each refusal
 * names the facilitator's position in `body.facilitatorIds`.
 */
export async function assertFacilitators(
  d: Pick<SessionsDeps, 'facilitators' | 'sessions'>,
  territoryId: string,
  facilitatorIds: readonly string[],
  slot: { startsAt: Date; endsAt: Date },
  sessionId?: string,
): Promise<void> {
  if (facilitatorIds.length === 0) return;
  const found = new Map((await d.facilitators.byIds(territoryId, facilitatorIds)).map((f) => [f._id, f]));
  const others = (await d.sessions.ofFacilitatorsBetween(territoryId, facilitatorIds, slot.startsAt, slot.endsAt)).filter(
    (s) => s._id !== sessionId,
  );
  const issues: FieldIssue[] = [];
  let code: 'validation_failed' | 'conflict' = 'validation_failed';
  facilitatorIds.forEach((id, i) => {
    const field = `body.facilitatorIds.${i}`;
    const f = found.get(id);
    if (!f) return issues.push({ field, message: 'no such facilitator in this territory' });
    if (!isAvailable(f, slot)) {
      code = 'conflict';
      return issues.push({ field, message: 'outside the availability the facilitator declared' });
    }
    const clash = others.find((s) => s.facilitatorIds.includes(id));
    if (clash) {
      code = 'conflict';
      issues.push({ field, message: `double booking: already facilitates session ${clash._id} at that time` });
    }
  });
  if (issues.length) throw new AppError(code, issues.map((x) => `${x.field}: ${x.message}`).join('; '), { fields: issues });
}
