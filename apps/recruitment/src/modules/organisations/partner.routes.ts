import type { Router } from 'express';
import { authorize, permissionOf, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { pagingOf } from '../shared/list-query';
import type { PartnerCompany } from './partner-company.entity';
import type { PartnerCompanyRepository } from './partner-company.repository';
import type { PartnerOrganisation } from './partner-organisation.entity';
import type { PartnerOrganisationRepository } from './partner-organisation.repository';
import { companyReach, organisationReach } from './organisation.reach';
import { createPartner, updatePartner } from './partner.handlers';
import {
  createCompanyRequest,
  createOrganisationRequest,
  ListCompaniesQuery,
  ListOrganisationsQuery,
  SlugParams,
  updateCompanyRequest,
  updateOrganisationRequest,
  type CreateCompanyRequest,
  type CreateOrganisationRequest,
  type UpdateCompanyRequest,
  type UpdateOrganisationRequest,
} from './partner.request';

/** Creating a partner record is a staff act; reading and editing apply each principal's reach. */
const create = authorize('organisations', 'write', { serves: TERRITORY_REACHES });
const read = authorize('organisations', 'read');
const write = authorize('organisations', 'write');

/** Partner organisations (NGOs, public services) and partner companies: create, get, list, update. */
export function partnerRoutes(
  router: Router,
  organisations: PartnerOrganisationRepository,
  companies: PartnerCompanyRepository,
  territories: readonly string[],
): void {
  router.post('/v1/partner-organisations', create, validate({ body: createOrganisationRequest(territories) }), async (_req, res) => {
    const doc = await createPartner<PartnerOrganisation>(organisations, principalOf(res), inputOf<CreateOrganisationRequest>(res).body);
    res.status(201).location(`/v1/partner-organisations/${doc._id}`).json(doc);
  });
  router.get('/v1/partner-organisations', read, validate({ query: ListOrganisationsQuery }), async (_req, res) => {
    const q = inputOf<unknown, ListOrganisationsQuery>(res).query;
    const reach = organisationReach(principalOf(res), permissionOf(res));
    const { items, total } = reach ? await organisations.search(reach.scope, q, pagingOf(q, { name: 1 }), reach.filter) : { items: [], total: 0 };
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items);
  });
  router.get('/v1/partner-organisations/:id', read, validate({ params: SlugParams }), async (_req, res) => {
    const reach = organisationReach(principalOf(res), permissionOf(res));
    const doc = reach ? await organisations.findById(reach.scope, inputOf<unknown, unknown, { id: string }>(res).params.id, reach.filter) : null;
    if (!doc) throw notFound('Partner organisation');
    res.json(doc);
  });
  router.patch(
    '/v1/partner-organisations/:id',
    write,
    validate({ params: SlugParams, body: updateOrganisationRequest(territories) }),
    async (_req, res) => {
      const { params, body } = inputOf<UpdateOrganisationRequest, unknown, { id: string }>(res);
      const reach = organisationReach(principalOf(res), permissionOf(res));
      if (!reach) throw notFound('Partner organisation');
      res.json(await updatePartner<PartnerOrganisation>(organisations, principalOf(res), params.id, body, 'Partner organisation', reach));
    },
  );

  router.post('/v1/partner-companies', create, validate({ body: createCompanyRequest(territories) }), async (_req, res) => {
    const doc = await createPartner<PartnerCompany>(companies, principalOf(res), inputOf<CreateCompanyRequest>(res).body);
    res.status(201).location(`/v1/partner-companies/${doc._id}`).json(doc);
  });
  router.get('/v1/partner-companies', read, validate({ query: ListCompaniesQuery }), async (_req, res) => {
    const q = inputOf<unknown, ListCompaniesQuery>(res).query;
    const reach = companyReach(principalOf(res), permissionOf(res));
    const { items, total } = reach ? await companies.search(reach.scope, q, pagingOf(q, { name: 1 }), reach.filter) : { items: [], total: 0 };
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items);
  });
  router.get('/v1/partner-companies/:id', read, validate({ params: SlugParams }), async (_req, res) => {
    const reach = companyReach(principalOf(res), permissionOf(res));
    const doc = reach ? await companies.findById(reach.scope, inputOf<unknown, unknown, { id: string }>(res).params.id, reach.filter) : null;
    if (!doc) throw notFound('Partner company');
    res.json(doc);
  });
  router.patch('/v1/partner-companies/:id', write, validate({ params: SlugParams, body: updateCompanyRequest(territories) }), async (_req, res) => {
    const { params, body } = inputOf<UpdateCompanyRequest, unknown, { id: string }>(res);
    const reach = companyReach(principalOf(res), permissionOf(res));
    if (!reach) throw notFound('Partner company');
    res.json(await updatePartner<PartnerCompany>(companies, principalOf(res), params.id, body, 'Partner company', reach));
  });
}
