import { stateMachine } from '@binome/state-machine';

export const REFERRAL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'converted', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * sent → accepted → closed (with an outcome), for both directions; `converted` only for inbound
 * referrals, when the person the partner referred is admitted into a promotion (the partner
 * follows conversion). Converted and closed are final.
 */
export const referralLifecycle = stateMachine<ReferralStatus>('referral', {
  sent: ['accepted', 'closed', 'converted'],
  accepted: ['closed', 'converted'],
  converted: [],
  closed: [],
});

/** How a referral ended. Codes, not free text: they are shared with the partner. */
export const REFERRAL_OUTCOMES = ['supported', 'declined', 'unreachable', 'redirected', 'other'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Partner organisation ids are slugs (e.g. `cirefe`), as in the organisations module. */
export const PARTNER_ID = /^[a-z0-9-]{2,64}$/;

/** The minimum a partner needs to contact the person; stored only when the person consented. */
export interface ReferredPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  frenchLevel: string;
}

export interface Referral {
  _id: string;
  territoryId: string;
  candidateId: string;
  direction: ReferralDirection;
  partnerId: string;
  status: ReferralStatus;
  /** Why the person is referred (outbound); shared with the partner. */
  reason?: string;
  outcome?: ReferralOutcome;
  /** Staff's or partner's note on the status change; never published. */
  note?: string;
  /** Whether the person consented to partner sharing: only then is anything published or shown to the partner. */
  sharedWithPartner: boolean;
  person?: ReferredPerson;
  revision: number;
  history: { status: ReferralStatus; at: Date; by: string; note?: string }[];
  createdAt: Date;
  createdBy: string;
  erasedAt?: Date;
}

/** What the addressed partner sees: no internal ids, no staff notes, no history authors. */
export function partnerViewOf(r: Referral) {
  return {
    id: r._id,
    territoryId: r.territoryId,
    direction: r.direction,
    partnerId: r.partnerId,
    status: r.status,
    reason: r.reason,
    outcome: r.outcome,
    person: r.person,
    createdAt: r.createdAt,
    history: r.history.map((h) => ({ status: h.status, at: h.at })),
  };
}
