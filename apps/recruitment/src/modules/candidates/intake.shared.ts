import type { Principal } from '@binome/auth';
import { AppError, conflict, notFound } from '@binome/errors';
import { createEnvelope, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import { territory } from '@binome/persistence';
import type { Promotion } from '../promotions/promotion.entity';
import type { PromotionRepository } from '../promotions/promotion.repository';
import type { PartnerDirectory } from '../referrals/partner-directory';
import type { ReferralRepository } from '../referrals/referral.repository';
import type { Candidate } from './candidate.entity';
import type { CandidateChange, CandidateRepository } from './candidate.repository';

/** What the intake use cases work with. */
export interface IntakeDeps {
  candidates: CandidateRepository;
  promotions: PromotionRepository;
  referrals: ReferralRepository;
  partners: PartnerDirectory;
}

/** Who acts (the request id that correlates the events it causes comes from the request context). */
export interface Actor {
  principal: Principal;
}

/** A candidate visible to the principal; another territory's candidate is simply not found. */
export async function loadCandidate(repository: CandidateRepository, principal: Principal, id: string): Promise<Candidate> {
  const c = await repository.findById(principal.scope, id);
  if (!c) throw notFound('Candidate');
  return c;
}

export function assertNotErased(c: Candidate): void {
  if (c.erasedAt) throw conflict("This person's data was erased on their request; no further action is possible");
}

/** A candidate the principal may act on: visible and not erased. */
export async function loadActive(repository: CandidateRepository, principal: Principal, id: string): Promise<Candidate> {
  const c = await loadCandidate(repository, principal, id);
  assertNotErased(c);
  return c;
}

/** An event of the candidate's aggregate, for the candidate's own outbox (recruitment topic). */
export function candidateEvent<T>(type: EventType<T>, payload: T, c: Pick<Candidate, '_id' | 'territoryId'>): OutboxEntry {
  return outboxEntry(
    TOPICS.recruitment,
    createEnvelope({
      type,
      payload,
      territoryId: c.territoryId,
      aggregateType: 'candidate',
      aggregateId: c._id,
      source: 'recruitment',
    }),
  );
}

/** Applies a change with compare-and-set on the candidate's revision; returns the stored result. */
export async function commit(repository: CandidateRepository, actor: Actor, c: Candidate, change: CandidateChange): Promise<Candidate> {
  const scope = territory(c.territoryId);
  if (!(await repository.change(scope, c._id, c.revision, change))) {
    throw conflict('The candidate changed meanwhile; reload and try again');
  }
  const stored = await repository.findById(actor.principal.scope, c._id);
  if (!stored) throw notFound('Candidate');
  return stored;
}

/** Promotions a person can be admitted to or waitlisted for. */
export const OPEN_PROMOTION_STATUSES: readonly Promotion['status'][] = ['recruiting', 'running'];

/** A promotion of the candidate's own territory that takes people in; 404 / 409 otherwise. */
export async function loadOpenPromotion(promotions: PromotionRepository, territoryId: string, promotionId: string): Promise<Promotion> {
  const p = await promotions.findById(territory(territoryId), promotionId);
  if (!p) throw new AppError('not_found', `Promotion not found in territory ${territoryId}`, { fields: [{ field: 'body.promotionId', message: 'no such promotion in the candidate\'s territory' }] });
  if (!OPEN_PROMOTION_STATUSES.includes(p.status)) {
    throw conflict(`Promotion "${p.name}" is ${p.status}; people join a promotion that is recruiting or running`);
  }
  return p;
}

/** Throws 409 when the promotion has no free seat, suggesting the waitlist. */
export async function assertSeatFree(candidates: CandidateRepository, p: Promotion): Promise<void> {
  const taken = await candidates.countAdmitted(p.territoryId, p._id);
  if (taken >= p.capacity) {
    throw conflict(`Promotion "${p.name}" is full (${taken}/${p.capacity} admitted); waitlist the person instead (outcome "waitlisted")`);
  }
}
