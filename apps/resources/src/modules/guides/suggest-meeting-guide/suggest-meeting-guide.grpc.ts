import type { resourcesV1 } from '@binome/contracts';
import { assertTerritory, can, type Principal } from '@binome/auth';
import { forbidden, validationFailed } from '@binome/errors';
import { GUIDE_NEEDS } from '../meeting-guide.entity';
import type { GuidesDeps } from '../guides.deps';
import { suggestMeetingGuide } from './suggest-meeting-guide.handler';

/** The same suggestion for other services (scheduling's reminder), with the caller's or a service token. */
export async function suggestMeetingGuideGrpc(
  d: Omit<GuidesDeps, 'now'>,
  req: resourcesV1.GetMeetingGuideRequest,
  principal: Principal,
): Promise<resourcesV1.GetMeetingGuideResponse> {
  const problems = [
    ...(req.territoryId ? [] : [{ field: 'territory_id', message: 'required' }]),
    ...(req.week >= 1 && req.week <= 26 ? [] : [{ field: 'week', message: '1 to 26' }]),
    ...req.needs.flatMap((n, i) =>
      (GUIDE_NEEDS as readonly string[]).includes(n) ? [] : [{ field: `needs.${i}`, message: `one of ${GUIDE_NEEDS.join(', ')}` }],
    ),
  ];
  if (problems.length) throw validationFailed(problems);
  if (!can(principal, 'resources', 'read').allowed) throw forbidden('Not allowed to read resources');
  assertTerritory(principal, req.territoryId);
  return suggestMeetingGuide(
    d,
    principal,
    {
      territoryId: req.territoryId,
      week: req.week,
      meetingsHeld: req.meetingsHeld,
      needs: req.needs,
      ...(req.beneficiaryId ? { beneficiaryId: req.beneficiaryId } : {}),
      ...(req.promotionId ? { promotionId: req.promotionId } : {}),
    },
    'beneficiary_id',
  );
}
