/** One topic family per service, versioned like the proto packages. */
export const TOPICS = {
  recruitment: 'binome.recruitment.v1',
  matching: 'binome.matching.v1',
  scheduling: 'binome.scheduling.v1',
  workshops: 'binome.workshops.v1',
  resources: 'binome.resources.v1',
  impact: 'binome.impact.v1',
  /** Minimised feed for partner NGOs: only referrals, only with the person's consent. */
  referrals: 'binome.referrals.v1',
} as const;

/** Each consumer group has its own dead-letter topic. */
export const deadLetterTopic = (group: string) => `binome.dlt.${group}`;

/**
 * A partner's own copy of its referrals, the only topic its Kafka account may read (ACLs from
 * deploy/kafka/partners.txt). binome.referrals.v1 holds every partner's referrals for the
 * platform's own consumers (webhook delivery).
 */
export const partnerReferralTopic = (partnerId: string) => `${TOPICS.referrals}.${partnerId}`;
