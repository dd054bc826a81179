import type { Principal } from '@binome/auth';
import type { VolunteerRepository } from '../../volunteers/volunteer.repository';
import { toCsv } from '../csv';
import { date, join, MAX_EXPORT_ROWS, tooMany } from '../csv-export';
import type { ExportVolunteersQuery } from './export-volunteers.request';

/** The principal's territories' volunteers matching the list's filters, as CSV (400 beyond the row cap). */
export async function exportVolunteers(volunteers: VolunteerRepository, principal: Principal, q: ExportVolunteersQuery): Promise<string> {
  const { items, total } = await volunteers.allMatching(principal.scope, q, MAX_EXPORT_ROWS);
  if (total > MAX_EXPORT_ROWS) tooMany(total);
  const header = [
    'id',
    'territoryId',
    'promotionId',
    'companyId',
    'status',
    'trained',
    'firstName',
    'lastName',
    'email',
    'phone',
    'jobTitle',
    'sector',
    'trade',
    'workplaceAddress',
    'workplaceTown',
    'languages',
    'availability',
    'strengths',
    'capacity',
    'commitmentPlannedDays',
    'trainingAttendedOn',
    'awarenessSessionDate',
    'createdAt',
  ];
  const rows = items.map((v) => [
    v._id,
    v.territoryId,
    v.promotionId,
    v.companyId,
    v.status,
    v.trained,
    v.identity.firstName,
    v.identity.lastName,
    v.contact.email,
    v.contact.phone,
    v.jobTitle,
    v.sector,
    v.trade,
    v.workplace.address,
    v.workplace.town,
    join(v.languages.map((l) => `${l.language}:${l.level}`)),
    join(v.availability),
    join(v.strengths),
    v.capacity,
    v.commitment.plannedDays,
    v.training.attendedOn,
    v.awarenessSession?.date,
    date(v.createdAt),
  ]);
  return toCsv(header, rows);
}
