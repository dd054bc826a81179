import type { Logger } from '@binome/logging';
import type { BadgeRepository, IssuerRepository } from './badge.repository';
import type { IssuerKeyRepository, IssuerKeyring } from './issuer-keyring';
import type { OwnRecords } from './recruitment.client';

/** What the certification use cases receive. */
export interface CertificationDeps {
  badges: BadgeRepository;
  issuer: IssuerRepository;
  /** The signing keys: the current one signs, the ones not retired are published. */
  keys: IssuerKeyring;
  issuerKeys: IssuerKeyRepository;
  /** The public base URL badges and verification links are built on. */
  publicUrl: string;
  now: () => Date;
  /** Resolves a recipient's token to their recruitment records (absent: account subjects only). */
  recruitment?: OwnRecords;
  logger?: Logger;
}
