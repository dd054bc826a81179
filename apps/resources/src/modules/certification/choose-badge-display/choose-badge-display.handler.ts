import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { Badge } from '../badge.entity';
import { badgeInReach } from '../badge.reach';
import type { CertificationDeps } from '../certification.deps';
import type { ChooseBadgeDisplayBody } from './choose-badge-display.request';

/**
 * The recipient's choice (or staff acting on it): the credentials downloaded from now on name the
 * recipient as chosen. Credentials already downloaded keep what they said; the name never goes
 * into an event.
 */
export async function chooseBadgeDisplay(
  d: CertificationDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  body: ChooseBadgeDisplayBody,
) {
  const badge = await badgeInReach(d, principal, permission, id);
  const display: Badge['display'] = body.kind === 'name' ? { kind: 'name', name: body.name } : { kind: 'identifier' };
  if (!(await d.badges.compareAndSet(territory(badge.territoryId), id, {}, { $set: { display, updatedAt: d.now() } })))
    throw conflict('The badge changed meanwhile');
  return { ...badge, display };
}
