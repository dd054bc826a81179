import { recruitmentEvents } from '@binome/contracts';
import { eventType } from '@binome/events';

export const CandidateApplied = eventType('binome.events.v1.CandidateApplied', recruitmentEvents.CandidateApplied);
export const CandidateErased = eventType('binome.events.v1.CandidateErased', recruitmentEvents.CandidateErased);

export const CHANNEL_TO_PROTO = {
  website: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
  partner_referral: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL,
  word_of_mouth: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WORD_OF_MOUTH,
  other: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_OTHER,
} as const;
