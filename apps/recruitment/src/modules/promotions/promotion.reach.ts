import type { Permission, Principal } from '@binome/auth';
import { allTerritories } from '@binome/persistence';
import type { CandidateRepository } from '../candidates/candidate.repository';
import { partsOf, selfByEmail, unionOf, type Reach, type ReachPart } from '@binome/access';
import type { Volunteer } from '../volunteers/volunteer.entity';
import type { VolunteerRepository } from '../volunteers/volunteer.repository';
import type { Candidate } from '../candidates/candidate.entity';
import type { Promotion } from './promotion.entity';

export interface PromotionReachDeps {
  volunteers: VolunteerRepository;
  candidates: CandidateRepository;
}

const MAX_LINKED = 1000;

/**
 * How far a principal reaches into promotions: whole territories for staff, Konnecteurs and Koachs;
 * `own-company` for company HR: the promotions where their company has volunteers (any territory);
 * `own-pairs` for a volunteer or a beneficiary: the promotions they take part in, found through
 * their own records (verified email, realm's territory) — the promotion of any pair they are in.
 */
export async function promotionReach(
  d: PromotionReachDeps,
  principal: Principal,
  permission: Permission,
): Promise<Reach<Promotion> | undefined> {
  // The union of the rules held: territory rules as is, then the linked ones.
  const parts: ReachPart<Promotion>[] = partsOf<Promotion>(principal, permission);
  if (permission.scopes.includes('own-company') && principal.companyId) {
    const { items } = await d.volunteers.search(
      allTerritories,
      { companyId: principal.companyId },
      { sort: { _id: 1 }, skip: 0, limit: MAX_LINKED },
    );
    parts.push({ scope: allTerritories, filter: { _id: { $in: [...new Set(items.map((v) => v.promotionId))] } }, rule: 'own-company' });
  }
  if (permission.scopes.includes('own-pairs')) {
    const volunteerSelf = selfByEmail<Volunteer>('contact.email', 'userId')(principal);
    const candidateSelf = selfByEmail<Candidate>('contact.email')(principal);
    const ids = new Set<string>();
    if (volunteerSelf) for (const v of await d.volunteers.findOwn(volunteerSelf.scope, volunteerSelf.filter)) ids.add(v.promotionId);
    if (candidateSelf) {
      const { items } = await d.candidates.list(candidateSelf.scope, { page: 1, perPage: 10 }, candidateSelf.filter);
      for (const c of items) if (c.promotionId) ids.add(c.promotionId);
    }
    parts.push({ scope: principal.scope, filter: { _id: { $in: [...ids] } }, rule: 'own-pairs' });
  }
  return unionOf(parts);
}
