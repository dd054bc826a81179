import type { BadgeRepository, IssuerRepository } from './badge.repository';
import type { OwnRecords } from './recruitment.client';

/** What the certification use cases receive. */
export interface CertificationDeps {
  badges: BadgeRepository;
  issuer: IssuerRepository;
  /** The public base URL badges and verification links are built on. */
  publicUrl: string;
  now: () => Date;
  /** Resolves a recipient's token to their recruitment records (absent: account subjects only). */
  recruitment?: OwnRecords;
}
