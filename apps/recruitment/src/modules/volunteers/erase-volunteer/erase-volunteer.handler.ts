import type { Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import type { Volunteer } from '../volunteer.entity';
import { VolunteerErased, VolunteerWithdrawn } from '../volunteer.events';
import type { VolunteerDeps } from '../volunteers.deps';

/**
 * Paths holding personal data or free text about the person. What stays identifies nobody and is
 * what the counts need: territory, promotion, company, status and its dates, training attended,
 * commitment, capacity.
 */
const ERASED_PATHS = [
  'userId',
  'contact.phone',
  'trade',
  'gender',
  'minFrenchLevel',
  'preferences.gender',
  'withdrawal.notes',
  'workplace.geo',
];

/**
 * GDPR erasure on the volunteer's request (staff of the territory): the record becomes a shell in
 * one write with `VolunteerErased` (every service removes what it holds of the person: contacts,
 * feeds, notes, registrations, badges, survey answers) and, if they were still in the programme,
 * `VolunteerWithdrawn` (reason `personal`). Erasing an erased volunteer again changes nothing.
 */
export async function eraseVolunteer(deps: VolunteerDeps, principal: Principal, id: string): Promise<void> {
  const v = await deps.volunteers.findById(principal.scope, id);
  if (!v) throw notFound('Volunteer');
  if (v.erasedAt) return;
  const now = new Date();
  const by = principal.subject;
  const common = { territoryId: v.territoryId, aggregateType: 'volunteer', aggregateId: id, source: 'recruitment' };
  const withdraws = v.status !== 'withdrawn';
  const set: Partial<Volunteer> & Record<string, unknown> = {
    identity: { firstName: '', lastName: '' },
    // The unique (territory, promotion, email) index needs a distinct value; this one names only the record.
    'contact.email': `erased:${v._id}`,
    jobTitle: '',
    sector: '',
    'workplace.address': '',
    'workplace.town': '',
    languages: [],
    availability: [],
    'preferences.sectors': [],
    strengths: [],
    status: 'withdrawn',
    ...(withdraws ? { withdrawal: { reason: 'personal', at: now, by } } : {}),
    // Notes in the history may name the person or their circumstances: the history keeps only facts.
    history: [
      ...v.history.map(({ status, at, by: who }) => ({ status, at, by: who })),
      ...(withdraws ? [{ status: 'withdrawn' as const, at: now, by, note: 'erasure' }] : []),
    ],
    erasedAt: now,
    erasedBy: by,
    updatedAt: now,
  };
  const events = [
    ...(withdraws
      ? [
          outboxEntry(
            TOPICS.recruitment,
            createEnvelope({
              type: VolunteerWithdrawn,
              payload: { volunteerId: id, territoryId: v.territoryId, reason: 'personal' },
              ...common,
            }),
          ),
        ]
      : []),
    outboxEntry(
      TOPICS.recruitment,
      createEnvelope({
        type: VolunteerErased,
        payload: { volunteerId: id, territoryId: v.territoryId, erasedAt: now, accountSubject: v.userId ?? '' },
        ...common,
      }),
    ),
  ];
  const unset = Object.fromEntries(ERASED_PATHS.filter((p) => !(withdraws && p === 'withdrawal.notes')).map((p) => [p, '']));
  const done = await deps.volunteers.compareAndSet(
    principal.scope,
    id,
    { status: v.status, erasedAt: { $exists: false } },
    { $set: set, $unset: unset },
    events,
  );
  if (!done) throw conflict('The volunteer changed meanwhile; try again');
}
