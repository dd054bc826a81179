import type { Router } from 'express';
import type { CertificationDeps } from './certification.deps';
import { getAchievementRoutes } from './get-achievement/get-achievement.routes';
import { getHostedAssertionRoutes } from './get-hosted-assertion/get-hosted-assertion.routes';
import { getIssuerJwksRoutes } from './get-issuer-jwks/get-issuer-jwks.routes';
import { getIssuerProfileRoutes } from './get-issuer-profile/get-issuer-profile.routes';
import { getOb2BadgeClassRoutes } from './get-ob2-badge-class/get-ob2-badge-class.routes';
import { getOb2IssuerRoutes } from './get-ob2-issuer/get-ob2-issuer.routes';
import { getStatusListRoutes } from './get-status-list/get-status-list.routes';
import { verifyCredentialRoutes } from './verify-credential/verify-credential.routes';

/** What anyone verifying a badge reads without a token (the gateway passes `/api/resources/v1/public/…` through). */
export function certificationPublicRoutes(router: Router, d: CertificationDeps): void {
  getIssuerProfileRoutes(router, d);
  getIssuerJwksRoutes(router, d);
  getStatusListRoutes(router, d);
  getAchievementRoutes(router, d);
  verifyCredentialRoutes(router, d);
  getOb2IssuerRoutes(router, d);
  getOb2BadgeClassRoutes(router, d);
  getHostedAssertionRoutes(router, d);
}
