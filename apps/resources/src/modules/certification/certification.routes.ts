import type { Router } from 'express';
import type { CertificationDeps } from './certification.deps';
import { chooseBadgeDisplayRoutes } from './choose-badge-display/choose-badge-display.routes';
import { downloadCredentialRoutes } from './download-credential/download-credential.routes';
import { getBadgeRoutes } from './get-badge/get-badge.routes';
import { listAchievementsRoutes } from './list-achievements/list-achievements.routes';
import { listBadgesRoutes } from './list-badges/list-badges.routes';
import { listIssuerKeysRoutes } from './list-issuer-keys/list-issuer-keys.routes';
import { retireIssuerKeyRoutes } from './retire-issuer-key/retire-issuer-key.routes';
import { revokeBadgeRoutes } from './revoke-badge/revoke-badge.routes';
import { rotateIssuerKeyRoutes } from './rotate-issuer-key/rotate-issuer-key.routes';

/** Badges: the catalogue and its rules, awarded badges, the recipient's choice, revocation, download; the signing keys (HQ). */
export function certificationRoutes(router: Router, d: CertificationDeps): void {
  listAchievementsRoutes(router);
  listBadgesRoutes(router, d);
  getBadgeRoutes(router, d);
  chooseBadgeDisplayRoutes(router, d);
  revokeBadgeRoutes(router, d);
  downloadCredentialRoutes(router, d);
  listIssuerKeysRoutes(router, d);
  rotateIssuerKeyRoutes(router, d);
  retireIssuerKeyRoutes(router, d);
}
