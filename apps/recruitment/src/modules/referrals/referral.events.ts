import { referralEvents } from '@binome/contracts';
import { eventType } from '@binome/events';

export const ReferralIssued = eventType('binome.events.v1.ReferralIssued', referralEvents.ReferralIssued);
export const ReferralStatusChanged = eventType('binome.events.v1.ReferralStatusChanged', referralEvents.ReferralStatusChanged);
export const ReferralErased = eventType('binome.events.v1.ReferralErased', referralEvents.ReferralErased);

export const DIRECTION_TO_PROTO = {
  inbound: referralEvents.ReferralDirection.REFERRAL_DIRECTION_INBOUND,
  outbound: referralEvents.ReferralDirection.REFERRAL_DIRECTION_OUTBOUND,
} as const;
