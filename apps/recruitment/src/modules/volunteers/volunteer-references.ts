import type { FieldIssue } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { PartnerCompanyRepository } from '../organisations/partner-company.repository';
import type { PromotionRepository } from '../promotions/promotion.repository';
import type { EnrolVolunteerRequest } from './enrol-volunteer/enrol-volunteer.request';
import type { VolunteerDeps } from './volunteers.deps';

/**
 * Checks against stored data, for one territory: the company exists, is active and serves the
 * territory; the promotion exists there and is not closed. Lookups are cached, so a CSV import of
 * 2,000 rows costs one query per distinct company and promotion. Fields are bare names; callers
 * prefix them (`body.companyId`, `line 7: companyId`).
 */
export function referenceChecker(deps: VolunteerDeps, territoryId: string) {
  const scope = territory(territoryId);
  const companies = new Map<string, ReturnType<PartnerCompanyRepository['findById']>>();
  const promotions = new Map<string, ReturnType<PromotionRepository['findById']>>();
  return async (input: Pick<EnrolVolunteerRequest, 'companyId' | 'promotionId' | 'awarenessSession'>): Promise<FieldIssue[]> => {
    const issues: FieldIssue[] = [];
    if (!companies.has(input.companyId)) companies.set(input.companyId, deps.companies.findById(scope, input.companyId));
    const company = await companies.get(input.companyId);
    if (!company) issues.push({ field: 'companyId', message: `no partner company "${input.companyId}" serves territory ${territoryId}` });
    else if (!company.active) issues.push({ field: 'companyId', message: `the partner company "${input.companyId}" is inactive` });
    const sessionCompany = input.awarenessSession?.companyId;
    if (sessionCompany && sessionCompany !== input.companyId) {
      if (!companies.has(sessionCompany)) companies.set(sessionCompany, deps.companies.findById(scope, sessionCompany));
      if (!(await companies.get(sessionCompany)))
        issues.push({
          field: 'awarenessSession.companyId',
          message: `no partner company "${sessionCompany}" serves territory ${territoryId}`,
        });
    }
    if (!promotions.has(input.promotionId)) promotions.set(input.promotionId, deps.promotions.findById(scope, input.promotionId));
    const promotion = await promotions.get(input.promotionId);
    if (!promotion) issues.push({ field: 'promotionId', message: `no promotion with this id in territory ${territoryId}` });
    else if (promotion.status === 'closed') issues.push({ field: 'promotionId', message: 'the promotion is closed' });
    return issues;
  };
}
