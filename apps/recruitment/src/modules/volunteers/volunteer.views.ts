import type { Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { isSelf, staffReaches, type Reach } from '@binome/access';
import type { Volunteer } from './volunteer.entity';
import type { VolunteerDeps } from './volunteers.deps';

export type VolunteerViewKind = 'staff' | 'company' | 'self' | 'pair';

/** Through which of the reach's rules a returned record is seen: the view it gets. */
export function volunteerViewKind(principal: Principal, reach: Reach<Volunteer>, v: Volunteer): VolunteerViewKind {
  if (staffReaches(reach, v.territoryId)) return 'staff';
  if (reach.parts.some((p) => p.rule === 'own-company') && !!principal.companyId && v.companyId === principal.companyId) return 'company';
  if (reach.parts.some((p) => p.rule === 'self') && isSelf(principal, v)) return 'self';
  return 'pair';
}

/** The API view: react-admin reads `id`. */
export const volunteerView = (v: Volunteer) => ({ id: v._id, ...v });

/**
 * A volunteer's own enrolment: everything they gave and their training and commitment, but not
 * what staff wrote about them (a withdrawal's notes, who recorded each step, history notes).
 */
export function volunteerSelfViewOf(v: Volunteer) {
  const { withdrawal, history, ...rest } = v;
  return {
    id: v._id,
    ...rest,
    view: 'self' as const,
    ...(withdrawal ? { withdrawal: { reason: withdrawal.reason, at: withdrawal.at } } : {}),
    history: (history ?? []).map((h) => ({ status: h.status, at: h.at })),
  };
}

/**
 * What the pair's beneficiary (or the Konnecteur following the pair) sees of the volunteer: first
 * name, company, job title, trade and sector — no last name, contact, workplace address nor notes.
 */
export function volunteerPairViewOf(v: Volunteer, companyName?: string) {
  return {
    _id: v._id,
    id: v._id,
    view: 'pair' as const,
    territoryId: v.territoryId,
    firstName: v.identity?.firstName,
    company: { id: v.companyId, ...(companyName ? { name: companyName } : {}) },
    jobTitle: v.jobTitle,
    trade: v.trade,
    sector: v.sector,
  };
}

/** Each record in the view its reach gives (staff and company HR: the full record, as before). */
export async function presentVolunteers(deps: VolunteerDeps, principal: Principal, reach: Reach<Volunteer>, items: Volunteer[]) {
  const names = new Map<string, Promise<string | undefined>>();
  const companyName = (v: Volunteer) => {
    const key = `${v.territoryId}/${v.companyId}`;
    if (!names.has(key))
      names.set(
        key,
        deps.companies.findById(territory(v.territoryId), v.companyId).then((c) => c?.name),
      );
    return names.get(key) as Promise<string | undefined>;
  };
  return Promise.all(
    items.map(async (v) => {
      const kind = volunteerViewKind(principal, reach, v);
      if (kind === 'staff' || kind === 'company') return volunteerView(v);
      if (kind === 'self') return volunteerSelfViewOf(v);
      return volunteerPairViewOf(v, await companyName(v));
    }),
  );
}
