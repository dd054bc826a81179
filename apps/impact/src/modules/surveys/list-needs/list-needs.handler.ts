import { assertTerritory, type Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { needsOf, type Need } from '../needs';
import type { SurveyRepository } from '../survey.repository';

export interface PersonNeeds {
  personId: string;
  pairId: string;
  needs: Need[];
}

/** The T0 gaps of a promotion's beneficiaries (answered T0 surveys), for workshops and resources. */
export async function listNeeds(
  surveys: SurveyRepository,
  principal: Principal,
  territoryId: string,
  promotionId: string,
): Promise<PersonNeeds[]> {
  assertTerritory(principal, territoryId);
  const t0 = await surveys.ofPromotion(territory(territoryId), promotionId, { wave: 'T0', respondent: 'beneficiary', status: 'answered' });
  return t0
    .filter((s) => !s.personId.startsWith('erased-'))
    .map((s) => ({ personId: s.personId, pairId: s.pairId, needs: needsOf(s.answers) }))
    .filter((p) => p.needs.length > 0);
}
