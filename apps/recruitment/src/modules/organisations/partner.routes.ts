import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pagingOf, reply, route } from '@binome/http-server';
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
  PartnerCompanyView,
  PartnerOrganisationView,
  SlugParams,
  updateCompanyRequest,
  updateOrganisationRequest,
} from './partner.request';

/** Creating a partner record is a staff act; reading and editing apply each principal's reach. */
const create = authorize('organisations', 'write', { serves: TERRITORY_REACHES });
const read = authorize('organisations', 'read');
const write = authorize('organisations', 'write');
const tags = ['recrutement'];
const DUPLICATE = { 409: { description: 'Identifiant déjà pris ou modification concurrente / id already taken or concurrent change' } };

/** Partner organisations (NGOs, public services) and partner companies: create, get, list, update (PATCH or PUT). */
export function partnerRoutes(
  router: Router,
  organisations: PartnerOrganisationRepository,
  companies: PartnerCompanyRepository,
  territories: readonly string[],
): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/partner-organisations',
      operationId: 'createPartnerOrganisation',
      summary: 'Créer une association partenaire',
      summaryEn: 'Create a partner organisation',
      tags,
      access: create,
      request: { body: createOrganisationRequest(territories) },
      responses: { 201: { description: 'L’association / the organisation', schema: PartnerOrganisationView }, ...DUPLICATE },
    },
    async ({ body }, { principal }) => {
      const doc = await createPartner<PartnerOrganisation>(organisations, principal, body);
      return reply({ status: 201, body: doc, location: `/v1/partner-organisations/${doc._id}` });
    },
  );
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-organisations',
      operationId: 'listPartnerOrganisations',
      summary: 'Lister les associations partenaires',
      summaryEn: 'List partner organisations',
      tags,
      access: read,
      request: { query: ListOrganisationsQuery },
      responses: { 200: { description: 'Une page d’associations / a page of organisations', schema: PartnerOrganisationView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => {
      const reach = organisationReach(principal, permission);
      return reach ? organisations.search(reach.scope, query, pagingOf(query, { name: 1 }), reach.filter) : { items: [], total: 0 };
    },
  );
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-organisations/:id',
      operationId: 'getPartnerOrganisation',
      summary: 'Lire une association partenaire',
      summaryEn: 'Read a partner organisation',
      tags,
      access: read,
      request: { params: SlugParams },
      responses: { 200: { description: 'L’association / the organisation', schema: PartnerOrganisationView } },
    },
    async ({ params }, { principal, permission }) => {
      const reach = organisationReach(principal, permission);
      const doc = reach ? await organisations.findById(reach.scope, params.id, reach.filter) : null;
      if (!doc) throw notFound('Partner organisation');
      return doc;
    },
  );
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/partner-organisations/:id',
      operationId: 'updatePartnerOrganisation',
      summary: 'Modifier une association partenaire',
      summaryEn: 'Update a partner organisation',
      tags,
      access: write,
      request: { params: SlugParams, body: updateOrganisationRequest(territories) },
      responses: { 200: { description: 'L’association / the organisation', schema: PartnerOrganisationView }, ...DUPLICATE },
    },
    async ({ params, body }, { principal, permission }) => {
      const reach = organisationReach(principal, permission);
      if (!reach) throw notFound('Partner organisation');
      return updatePartner<PartnerOrganisation>(organisations, principal, params.id, body, 'Partner organisation', reach);
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/partner-companies',
      operationId: 'createPartnerCompany',
      summary: 'Créer une entreprise partenaire',
      summaryEn: 'Create a partner company',
      tags,
      access: create,
      request: { body: createCompanyRequest(territories) },
      responses: { 201: { description: 'L’entreprise / the company', schema: PartnerCompanyView }, ...DUPLICATE },
    },
    async ({ body }, { principal }) => {
      const doc = await createPartner<PartnerCompany>(companies, principal, body);
      return reply({ status: 201, body: doc, location: `/v1/partner-companies/${doc._id}` });
    },
  );
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-companies',
      operationId: 'listPartnerCompanies',
      summary: 'Lister les entreprises partenaires',
      summaryEn: 'List partner companies',
      tags,
      access: read,
      request: { query: ListCompaniesQuery },
      responses: { 200: { description: 'Une page d’entreprises / a page of companies', schema: PartnerCompanyView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => {
      const reach = companyReach(principal, permission);
      return reach ? companies.search(reach.scope, query, pagingOf(query, { name: 1 }), reach.filter) : { items: [], total: 0 };
    },
  );
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-companies/:id',
      operationId: 'getPartnerCompany',
      summary: 'Lire une entreprise partenaire',
      summaryEn: 'Read a partner company',
      tags,
      access: read,
      request: { params: SlugParams },
      responses: { 200: { description: 'L’entreprise / the company', schema: PartnerCompanyView } },
    },
    async ({ params }, { principal, permission }) => {
      const reach = companyReach(principal, permission);
      const doc = reach ? await companies.findById(reach.scope, params.id, reach.filter) : null;
      if (!doc) throw notFound('Partner company');
      return doc;
    },
  );
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/partner-companies/:id',
      operationId: 'updatePartnerCompany',
      summary: 'Modifier une entreprise partenaire',
      summaryEn: 'Update a partner company',
      tags,
      access: write,
      request: { params: SlugParams, body: updateCompanyRequest(territories) },
      responses: { 200: { description: 'L’entreprise / the company', schema: PartnerCompanyView }, ...DUPLICATE },
    },
    async ({ params, body }, { principal, permission }) => {
      const reach = companyReach(principal, permission);
      if (!reach) throw notFound('Partner company');
      return updatePartner<PartnerCompany>(companies, principal, params.id, body, 'Partner company', reach);
    },
  );
}
