import { assertTerritory, type Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { referenceChecker } from '../../volunteers/volunteer-references';
import type { VolunteerDeps } from '../../volunteers/volunteers.deps';
import { newVolunteer } from '../../volunteers/volunteer.factory';
import { enrolVolunteerRequest } from '../../volunteers/enrol-volunteer/enrol-volunteer.request';
import { deterministicId, duplicateIssues, parseRows, type ColumnSpec } from '../csv-rows';
import type { ImportOutcome } from '../import.outcome';

/** Columns of a volunteers CSV: the enrolment request, flattened. Lists are separated by ";" or "|". */
export const VOLUNTEER_COLUMNS: ColumnSpec[] = [
  { column: 'promotionId', path: ['promotionId'], kind: 'text', required: true },
  { column: 'companyId', path: ['companyId'], kind: 'text', required: true },
  { column: 'userId', path: ['userId'], kind: 'text' },
  { column: 'firstName', path: ['firstName'], kind: 'text', required: true },
  { column: 'lastName', path: ['lastName'], kind: 'text', required: true },
  { column: 'email', path: ['email'], kind: 'text', required: true },
  { column: 'phone', path: ['phone'], kind: 'text' },
  { column: 'jobTitle', path: ['jobTitle'], kind: 'text', required: true },
  { column: 'sector', path: ['sector'], kind: 'text', required: true },
  { column: 'trade', path: ['trade'], kind: 'text' },
  { column: 'workplaceAddress', path: ['workplace', 'address'], kind: 'text', required: true },
  { column: 'workplaceTown', path: ['workplace', 'town'], kind: 'text', required: true },
  { column: 'languages', path: ['languages'], kind: 'languages' },
  { column: 'availability', path: ['availability'], kind: 'list' },
  { column: 'preferredGender', path: ['preferences', 'gender'], kind: 'text' },
  { column: 'preferredSectors', path: ['preferences', 'sectors'], kind: 'list' },
  { column: 'strengths', path: ['strengths'], kind: 'list' },
  { column: 'gender', path: ['gender'], kind: 'text' },
  { column: 'minFrenchLevel', path: ['minFrenchLevel'], kind: 'text' },
  { column: 'capacity', path: ['capacity'], kind: 'number' },
  { column: 'awarenessSessionDate', path: ['awarenessSession', 'date'], kind: 'text' },
  { column: 'awarenessSessionCompanyId', path: ['awarenessSession', 'companyId'], kind: 'text' },
  { column: 'trainingDayOn', path: ['trainingDayOn'], kind: 'text' },
  { column: 'commitmentAccepted', path: ['commitment', 'accepted'], kind: 'bool', required: true },
  { column: 'commitmentPlannedDays', path: ['commitment', 'plannedDays'], kind: 'number', required: true },
];

/**
 * All-or-nothing import of volunteers into one territory, like candidates: every row validated
 * with the enrolment schema and the same reference checks (company serves the territory,
 * promotion exists there), duplicates refused in the file and against the database, then
 * insert-if-absent writes keyed by an id derived from territory + promotion + email.
 */
export async function importVolunteers(
  deps: VolunteerDeps,
  territories: readonly string[],
  principal: Principal,
  territoryId: string,
  csv: string,
  options: { dryRun: boolean },
): Promise<ImportOutcome> {
  assertTerritory(principal, territoryId);
  const { rows, issues } = parseRows(csv, VOLUNTEER_COLUMNS, enrolVolunteerRequest(territories), { territoryId });
  const check = referenceChecker(deps, territoryId);
  for (const r of rows) {
    for (const issue of await check(r.value)) {
      const column = VOLUNTEER_COLUMNS.find((c) => c.path.join('.') === issue.field)?.column ?? issue.field;
      issues.push({ field: `line ${r.line}: ${column}`, message: issue.message });
    }
  }
  issues.push(...duplicateIssues(rows, (v) => `${v.promotionId}\u0000${v.email}`, 'email'));
  const idOf = (promotionId: string, email: string) => deterministicId('volunteer', territoryId, promotionId, email);
  if (issues.length === 0) {
    const byPromotion = new Map<string, string[]>();
    for (const r of rows) byPromotion.set(r.value.promotionId, [...(byPromotion.get(r.value.promotionId) ?? []), r.value.email]);
    for (const [promotionId, emails] of byPromotion) {
      const existing = await deps.volunteers.idsByEmail(territory(territoryId), promotionId, emails);
      for (const r of rows) {
        if (r.value.promotionId !== promotionId) continue;
        const found = existing.get(r.value.email);
        if (found && found !== idOf(promotionId, r.value.email))
          issues.push({ field: `line ${r.line}: email`, message: 'this person is already enrolled as a volunteer in this promotion' });
      }
    }
  }
  if (issues.length) return { kind: 'invalid', issues };
  if (options.dryRun) return { kind: 'valid', rows: rows.length };
  const ids: string[] = [];
  let created = 0;
  for (const r of rows) {
    const id = idOf(r.value.promotionId, r.value.email);
    const { volunteer, events } = newVolunteer(r.value, principal.subject, id);
    if (await deps.volunteers.insertIfAbsent(volunteer, events)) created++;
    ids.push(id);
  }
  return { kind: 'imported', created, alreadyPresent: rows.length - created, ids };
}
