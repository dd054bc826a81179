import { recruitmentEvents } from '@binome/contracts';
import { EVENTS } from '@binome/events';

export const { CandidateApplied, CandidateScreened, CandidateInterviewed, CandidateAdmitted, CandidateWaitlisted, CandidateReferred, CandidateClosed, CandidateRenewed, CandidateErased } = EVENTS;

export const CHANNEL_TO_PROTO = {
  website: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
  partner_referral: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL,
  word_of_mouth: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WORD_OF_MOUTH,
  other: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_OTHER,
} as const;
