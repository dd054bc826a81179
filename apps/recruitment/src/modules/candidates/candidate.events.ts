import { recruitmentEvents } from '@binome/contracts';
import { eventType } from '@binome/events';

export const CandidateApplied = eventType('binome.events.v1.CandidateApplied', recruitmentEvents.CandidateApplied);
export const CandidateScreened = eventType('binome.events.v1.CandidateScreened', recruitmentEvents.CandidateScreened);
export const CandidateInterviewed = eventType('binome.events.v1.CandidateInterviewed', recruitmentEvents.CandidateInterviewed);
export const CandidateAdmitted = eventType('binome.events.v1.CandidateAdmitted', recruitmentEvents.CandidateAdmitted);
export const CandidateWaitlisted = eventType('binome.events.v1.CandidateWaitlisted', recruitmentEvents.CandidateWaitlisted);
export const CandidateReferred = eventType('binome.events.v1.CandidateReferred', recruitmentEvents.CandidateReferred);
export const CandidateClosed = eventType('binome.events.v1.CandidateClosed', recruitmentEvents.CandidateClosed);
export const CandidateRenewed = eventType('binome.events.v1.CandidateRenewed', recruitmentEvents.CandidateRenewed);
export const CandidateErased = eventType('binome.events.v1.CandidateErased', recruitmentEvents.CandidateErased);

export const CHANNEL_TO_PROTO = {
  website: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
  partner_referral: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL,
  word_of_mouth: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WORD_OF_MOUTH,
  other: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_OTHER,
} as const;
