import { referralEvents } from '@binome/contracts';
import { EVENTS } from '@binome/events';

export const { ReferralIssued, ReferralStatusChanged, ReferralErased } = EVENTS;

export const DIRECTION_TO_PROTO = {
  inbound: referralEvents.ReferralDirection.REFERRAL_DIRECTION_INBOUND,
  outbound: referralEvents.ReferralDirection.REFERRAL_DIRECTION_OUTBOUND,
} as const;
