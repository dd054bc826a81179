import { conflict, notFound } from '@binome/errors';
import { createEnvelope, partnerReferralTopic, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import { territory, type TenantScope } from '@binome/persistence';
import type { Candidate } from '../candidates/candidate.entity';
import { referralLifecycle, type Referral, type ReferralDirection, type ReferralOutcome, type ReferredPerson } from './referral.entity';
import { DIRECTION_TO_PROTO, ReferralErased, ReferralIssued, ReferralStatusChanged } from './referral.events';
import type { ReferralRepository } from './referral.repository';

/** Whether the person agreed that partner organisations receive their details. */
export const sharesWithPartners = (c: Candidate) => c.consent?.partnerSharing?.given === true;

/** The minimum a partner needs to contact the person (referrals.proto, ReferredPerson). */
export function personOf(c: Candidate): ReferredPerson {
  return {
    firstName: c.identity.firstName,
    lastName: c.identity.lastName,
    email: c.contact.email,
    ...(c.contact.phone ? { phone: c.contact.phone } : {}),
    frenchLevel: c.interview?.assessedFrenchLevel ?? c.frenchLevel,
  };
}

/**
 * Referral events, keyed by referral, never without consent (callers check), go to the platform's
 * referral topic (webhook delivery) and to the addressed partner's own topic, the only one its
 * Kafka account may read. Same envelope on both, so consumers deduplicate across them.
 */
function referralEvents<T>(
  type: Parameters<typeof createEnvelope<T>>[0]['type'],
  payload: T,
  r: Pick<Referral, '_id' | 'territoryId' | 'partnerId'>,
): OutboxEntry[] {
  const envelope = createEnvelope({
    type,
    payload,
    territoryId: r.territoryId,
    aggregateType: 'referral',
    aggregateId: r._id,
    source: 'recruitment',
  });
  return [outboxEntry(TOPICS.referrals, envelope), outboxEntry(partnerReferralTopic(r.partnerId), envelope)];
}

export interface IssueReferral {
  id: string;
  candidate: Candidate;
  direction: ReferralDirection;
  partnerId: string;
  reason?: string;
  by: string;
}

/**
 * Records a referral. It is always recorded internally; it is published to the partner (and its
 * person details stored for the partner) only if the person consented to partner sharing.
 * Idempotent on `id`: returns the stored referral, new or existing.
 */
export async function issueReferral(repository: ReferralRepository, input: IssueReferral): Promise<Referral> {
  const c = input.candidate;
  const shared = sharesWithPartners(c);
  const now = new Date();
  const referral: Referral = {
    _id: input.id,
    territoryId: c.territoryId,
    candidateId: c._id,
    direction: input.direction,
    partnerId: input.partnerId,
    status: 'sent',
    ...(input.reason ? { reason: input.reason } : {}),
    sharedWithPartner: shared,
    ...(shared ? { person: personOf(c) } : {}),
    revision: 0,
    history: [{ status: 'sent', at: now, by: input.by }],
    createdAt: now,
    createdBy: input.by,
  };
  const events = shared
    ? referralEvents(
        ReferralIssued,
        {
          referralId: referral._id,
          partnerId: referral.partnerId,
          territoryId: referral.territoryId,
          direction: DIRECTION_TO_PROTO[referral.direction],
          reason: referral.reason ?? '',
          person: { ...personOf(c), phone: c.contact.phone ?? '' },
          issuedAt: now,
        },
        referral,
      )
    : [];
  if (await repository.createOnce(referral, events)) return referral;
  const existing = await repository.findById(territory(c.territoryId), referral._id);
  if (!existing) throw conflict('The referral could not be recorded; try again');
  return existing;
}

export interface StatusChange {
  to: 'accepted' | 'closed' | 'converted';
  outcome?: ReferralOutcome;
  note?: string;
  by: string;
}

/** Moves a referral along its lifecycle, publishing the change to the partner only if shared. */
export async function changeReferralStatus(
  repository: ReferralRepository,
  scope: TenantScope,
  current: Referral,
  change: StatusChange,
): Promise<Referral> {
  if (current.erasedAt) throw conflict("This referral was erased on the person's request; no further action is possible");
  referralLifecycle.assert(current.status, change.to);
  if (change.to === 'converted' && current.direction !== 'inbound')
    throw conflict('Only an inbound referral converts (when the person is admitted)');
  const events = current.sharedWithPartner
    ? referralEvents(
        ReferralStatusChanged,
        {
          referralId: current._id,
          partnerId: current.partnerId,
          territoryId: current.territoryId,
          status: change.to,
          outcome: change.outcome ?? '',
        },
        current,
      )
    : [];
  const set = { status: change.to, ...(change.outcome ? { outcome: change.outcome } : {}), ...(change.note ? { note: change.note } : {}) };
  const moved = await repository.change(scope, current._id, current.revision, {
    set,
    history: [{ status: change.to, at: new Date(), by: change.by, ...(change.note ? { note: change.note } : {}) }],
    events,
  });
  if (!moved) throw conflict('The referral changed meanwhile; reload and try again');
  return loadReferral(repository, scope, current._id);
}

/**
 * The partner who referred the person follows conversion: admission marks the inbound referral
 * `converted`. Runs after the candidate's own write (no multi-document transaction), so it is
 * idempotent: it (re)creates the inbound referral if a crash lost it, does nothing when the
 * referral already reached a final state, and retries once when it lost a compare-and-set race.
 */
export async function convertInboundReferral(repository: ReferralRepository, candidate: Candidate, by: string): Promise<void> {
  if (!candidate.inboundReferralId || !candidate.referringPartnerId) return;
  for (let attempt = 0; attempt < 2; attempt++) {
    const referral = await issueReferral(repository, {
      id: candidate.inboundReferralId,
      candidate,
      direction: 'inbound',
      partnerId: candidate.referringPartnerId,
      by: 'self',
    });
    if (referral.erasedAt || referralLifecycle.isFinal(referral.status)) return;
    try {
      await changeReferralStatus(repository, territory(candidate.territoryId), referral, { to: 'converted', by });
      return;
    } catch (e) {
      if (attempt === 1) throw e;
    }
  }
}

/**
 * Erasure: removes the person's details and free text from every referral of the candidate and,
 * for each referral the partner received, publishes ReferralErased so that the partner deletes
 * what it holds. Idempotent (already erased referrals are skipped), so a retried erasure finishes
 * the job.
 */
export async function eraseReferralsOf(repository: ReferralRepository, candidate: Candidate, by: string): Promise<number> {
  let shared = 0;
  for (const r of await repository.ofCandidate(candidate.territoryId, candidate._id)) {
    if (r.erasedAt) continue;
    const events = r.sharedWithPartner
      ? referralEvents(ReferralErased, { referralId: r._id, partnerId: r.partnerId, territoryId: r.territoryId }, r)
      : [];
    const done = await repository.change(territory(r.territoryId), r._id, r.revision, {
      set: { erasedAt: new Date() },
      unset: ['person', 'reason', 'note'],
      replaceHistory: [...r.history.map(({ status, at, by: who }) => ({ status, at, by: who })), { status: r.status, at: new Date(), by }],
      events,
    });
    if (!done) throw conflict('A referral changed during the erasure; repeat the erasure to finish it');
    if (r.sharedWithPartner) shared++;
  }
  return shared;
}

export async function loadReferral(repository: ReferralRepository, scope: TenantScope, id: string): Promise<Referral> {
  const r = await repository.findById(scope, id);
  if (!r) throw notFound('Referral');
  return r;
}
