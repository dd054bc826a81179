import type { Router } from 'express';
import { principalOf, requireRole } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { pagingOf } from '../shared/list-query';
import type { PartnerCompany } from './partner-company.entity';
import type { PartnerCompanyRepository } from './partner-company.repository';
import type { PartnerOrganisation } from './partner-organisation.entity';
import type { PartnerOrganisationRepository } from './partner-organisation.repository';
import { createPartner, updatePartner, withId } from './partner.handlers';
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

const staff = requireRole('hq-admin', 'territory-manager');
const readers = requireRole('hq-admin', 'territory-manager', 'konnecteur', 'koach');

/** Partner organisations (NGOs, public services) and partner companies: create, get, list, update. */
export function partnerRoutes(
  router: Router,
  organisations: PartnerOrganisationRepository,
  companies: PartnerCompanyRepository,
  territories: readonly string[],
): void {
  router.post('/v1/partner-organisations', staff, validate({ body: createOrganisationRequest(territories) }), async (_req, res) => {
    const doc = await createPartner<PartnerOrganisation>(organisations, principalOf(res), inputOf<CreateOrganisationRequest>(res).body);
    res.status(201).location(`/v1/partner-organisations/${doc._id}`).json(withId(doc));
  });
  router.get('/v1/partner-organisations', readers, validate({ query: ListOrganisationsQuery }), async (_req, res) => {
    const q = inputOf<unknown, ListOrganisationsQuery>(res).query;
    const { items, total } = await organisations.search(principalOf(res).scope, q, pagingOf(q, { name: 1 }));
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items.map(withId));
  });
  router.get('/v1/partner-organisations/:id', readers, validate({ params: SlugParams }), async (_req, res) => {
    const doc = await organisations.findById(principalOf(res).scope, inputOf<unknown, unknown, { id: string }>(res).params.id);
    if (!doc) throw notFound('Partner organisation');
    res.json(withId(doc));
  });
  router.patch(
    '/v1/partner-organisations/:id',
    staff,
    validate({ params: SlugParams, body: updateOrganisationRequest(territories) }),
    async (_req, res) => {
      const { params, body } = inputOf<UpdateOrganisationRequest, unknown, { id: string }>(res);
      res.json(withId(await updatePartner<PartnerOrganisation>(organisations, principalOf(res), params.id, body, 'Partner organisation')));
    },
  );

  router.post('/v1/partner-companies', staff, validate({ body: createCompanyRequest(territories) }), async (_req, res) => {
    const doc = await createPartner<PartnerCompany>(companies, principalOf(res), inputOf<CreateCompanyRequest>(res).body);
    res.status(201).location(`/v1/partner-companies/${doc._id}`).json(withId(doc));
  });
  router.get('/v1/partner-companies', readers, validate({ query: ListCompaniesQuery }), async (_req, res) => {
    const q = inputOf<unknown, ListCompaniesQuery>(res).query;
    const { items, total } = await companies.search(principalOf(res).scope, q, pagingOf(q, { name: 1 }));
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items.map(withId));
  });
  router.get('/v1/partner-companies/:id', readers, validate({ params: SlugParams }), async (_req, res) => {
    const doc = await companies.findById(principalOf(res).scope, inputOf<unknown, unknown, { id: string }>(res).params.id);
    if (!doc) throw notFound('Partner company');
    res.json(withId(doc));
  });
  router.patch('/v1/partner-companies/:id', staff, validate({ params: SlugParams, body: updateCompanyRequest(territories) }), async (_req, res) => {
    const { params, body } = inputOf<UpdateCompanyRequest, unknown, { id: string }>(res);
    res.json(withId(await updatePartner<PartnerCompany>(companies, principalOf(res), params.id, body, 'Partner company')));
  });
}
