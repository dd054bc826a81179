import { z } from 'zod';
import type { Permission, Principal } from '@binome/auth';
import { reaches } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { apiSchema, NoBody } from '@binome/http-server';
import type { IssuerKey, KeyStatus } from './issuer-key.entity';

/** The issuer's keys are the programme's, nationally: HQ alone rotates and retires them (not service accounts). */
export function assertHq(principal: Principal, permission: Permission): void {
  if (!reaches(permission, 'all-territories') || principal.scope.kind !== 'all' || !principal.roles.includes('hq-admin'))
    throw forbidden('The badge signing keys are managed by HQ');
}

export const issuerKeyView = (k: IssuerKey, status: KeyStatus) => ({
  kid: k._id,
  status,
  activatedAt: k.activatedAt,
  createdBy: k.createdBy,
  ...(k.retired ? { retired: k.retired } : {}),
  publicJwk: k.retired ? undefined : k.publicJwk,
});

export const IssuerKeyViewSchema = apiSchema(
  'IssuerKey',
  z.object({
    kid: z.string(),
    status: z.enum(['current', 'previous', 'retired']),
    activatedAt: z.string(),
    createdBy: z.string(),
    retired: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
    publicJwk: z.object({}).passthrough().optional().describe('published in the JWKS (absent once retired)'),
  }),
);

export const IssuerKeyParams = z.object({ kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a JWK thumbprint (base64url SHA-256)') });
export const RotateIssuerKeyBody = NoBody;
export const RetireIssuerKeyBody = z
  .object({ reason: z.string().trim().min(3).max(200).describe('why (e.g. "leaked"): kept with the key') })
  .strict();
export type RetireIssuerKeyBody = z.infer<typeof RetireIssuerKeyBody>;
