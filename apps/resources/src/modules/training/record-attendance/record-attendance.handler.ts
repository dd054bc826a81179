import { assertTerritory, can, type Principal } from '@binome/auth';
import { conflict, forbidden, validationFailed } from '@binome/errors';
import { isStaff } from '../../library/resource.reach';
import { completionIdOf, type Completion } from '../training-module.entity';
import { moduleInReach } from '../training-module.reach';
import { moduleCompleted } from '../training.events';
import type { TrainingDeps } from '../training.deps';
import type { RecordAttendanceBody } from './record-attendance.request';

/**
 * Attendance completes an attendance-rule module for the person, once: a second record of the same
 * person changes nothing (and publishes nothing), so a double click or a retry is harmless.
 */
export async function recordAttendance(d: TrainingDeps, principal: Principal, id: string, body: RecordAttendanceBody) {
  if (!isStaff(principal)) throw forbidden('Attendance is recorded by staff');
  const { module } = await moduleInReach(d, principal, can(principal, 'resources', 'read'), id);
  if (module.rule.kind !== 'attendance') throw conflict('This module is completed by its parts and quiz, not by attendance');
  const territoryId =
    body.territoryId ??
    (principal.scope.kind === 'some' && principal.scope.territories.length === 1 ? principal.scope.territories[0] : undefined);
  if (!territoryId) throw validationFailed([{ field: 'body.territoryId', message: "the person's territory" }]);
  assertTerritory(principal, territoryId);
  if (body.attendedOn > d.now().toISOString().slice(0, 10))
    throw validationFailed([{ field: 'body.attendedOn', message: 'attendance cannot be recorded in advance' }]);
  const progress = await d.completions.progressOf(
    {
      _id: completionIdOf(module._id, module.audience, body.personId),
      territoryId,
      moduleId: module._id,
      personKind: module.audience,
      personId: body.personId,
    },
    d.now(),
  );
  if (progress.completedOn) return progress;
  const completed: Completion = { ...progress, completedOn: body.attendedOn, recordedBy: principal.subject };
  const done = await d.completions.complete(progress, body.attendedOn, principal.subject, [
    moduleCompleted(module, completed, body.attendedOn),
  ]);
  return done ? completed : ((await d.completions.findById({ kind: 'some', territories: [territoryId] }, progress._id)) ?? completed);
}
