import type { Permission, Principal } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { assertMayEdit, withNational } from '../../library/resource.reach';
import type { MeetingGuide } from '../meeting-guide.entity';
import type { GuidesDeps } from '../guides.deps';
import type { PutMeetingGuideBody } from './put-meeting-guide.request';

/** Replaces a territory's guide (HQ: the national one); every resource named must exist where the territory can read it. */
export async function putMeetingGuide(
  d: GuidesDeps,
  principal: Principal,
  permission: Permission,
  territoryId: string,
  body: PutMeetingGuideBody,
) {
  assertMayEdit(principal, permission, territoryId);
  const ids = [...new Set(body.entries.flatMap((e) => e.resourceIds))];
  const known = await d.resources.existingIds(withNational({ kind: 'some', territories: [territoryId] }), ids);
  const unknown = body.entries.flatMap((e, i) =>
    e.resourceIds.map((id, j) =>
      known.has(id) ? undefined : { field: `body.entries.${i}.resourceIds.${j}`, message: `no resource ${id} here` },
    ),
  );
  const problems = unknown.filter((p): p is { field: string; message: string } => !!p);
  if (problems.length) throw validationFailed(problems);
  const guide: MeetingGuide = { _id: territoryId, territoryId, entries: body.entries, updatedBy: principal.subject, updatedAt: d.now() };
  await d.guides.put(guide);
  return guide;
}
