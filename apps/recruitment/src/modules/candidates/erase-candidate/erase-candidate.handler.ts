import { eraseReferralsOf } from '../../referrals/referral-writes';
import type { Candidate } from '../candidate.entity';
import { CandidateErased, candidateEvent } from '../candidate.events';
import { commit, loadCandidate } from '../candidate-writes';
import type { Actor, CandidatesDeps } from '../candidates.deps';

/**
 * Paths holding personal data or free text about the person. What stays is what the indicators
 * need and identifies nobody: territory, channel, protection kind, declared and assessed French
 * level, statuses with their dates, promotion, decision outcome, consent records.
 */
const ERASED_PATHS = [
  'education',
  'protection.grantedOn',
  'gender',
  'genderPreference',
  'referringPartnerId',
  'screening.notes',
  'interview.notes',
  'interview.need.notes',
  'interview.motivation.notes',
  'interview.projectMaturity.notes',
  'decision.reason',
  'decision.override.reason',
  'closure.notes',
];

/**
 * GDPR erasure on the person's request. The candidate document becomes a shell (with
 * CandidateErased in the same write), then every referral of the person is erased and the partners
 * that received one are told (ReferralErased). Referrals are other documents: their erasure is
 * idempotent, and erasing an erased candidate again finishes it (DELETE is idempotent).
 */
export async function eraseCandidate(deps: CandidatesDeps, actor: Actor, id: string): Promise<void> {
  const c = await loadCandidate(deps.candidates, actor.principal, id);
  const by = actor.principal.subject;
  if (!c.erasedAt) await eraseCandidateDocument(deps, actor, c, by);
  await eraseReferralsOf(deps.referrals, c, by);
}

async function eraseCandidateDocument(deps: CandidatesDeps, actor: Actor, c: Candidate, by: string): Promise<void> {
  const now = new Date();
  await commit(deps.candidates, actor, c, {
    set: {
      identity: { firstName: '', lastName: '' },
      // The unique (territory, email) index needs a distinct value; this one names only the record.
      contact: { email: `erased:${c._id}`, town: '' },
      languages: [],
      experience: [],
      availability: [],
      target: {},
      situation: {},
      erasedAt: now,
      erasedBy: by,
      // The explanations quote facts about the person (dates, counts): keep only met / unmet.
      ...(c.decision ? { 'decision.eligibility': c.decision.eligibility.map(({ criterion, met }) => ({ criterion, met })) } : {}),
    },
    unset: ERASED_PATHS,
    // Notes in the history may name the person or their circumstances: the history keeps only facts.
    replaceHistory: [
      ...c.history.map(({ status, at, by: who, action }) => ({ status, at, by: who, ...(action ? { action } : {}) })),
      { status: c.status, at: now, by, action: 'erasure' },
    ],
    events: [candidateEvent(CandidateErased, { candidateId: c._id, territoryId: c.territoryId, erasedAt: now }, c)],
  });
}
