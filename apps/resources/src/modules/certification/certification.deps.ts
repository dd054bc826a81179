import type { BadgeRepository, IssuerRepository } from './badge.repository';

/** What the certification use cases receive. */
export interface CertificationDeps {
  badges: BadgeRepository;
  issuer: IssuerRepository;
  /** The public base URL badges and verification links are built on. */
  publicUrl: string;
  now: () => Date;
}
