import { z } from 'zod';
import { apiSchema, checkWindow, identityText, idsShape, pagingShape } from '@binome/http-server';
import { slug, text } from '../shared/value-formats';
import { ORGANISATION_KINDS } from './partner-organisation.entity';
import { DEFAULT_EXPECTED_VOLUNTEERS } from './partner-company.entity';

const contact = z
  .object({
    name: identityText(120),
    email: z.string().trim().toLowerCase().email().max(200),
    phone: z.string().regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number').optional(),
    role: identityText(80).optional(),
  })
  .strict();

/** A non-empty list of distinct territories served by this deployment. */
export const territoryList = (territories: readonly string[]) =>
  z
    .array(z.enum(territories as [string, ...string[]]))
    .min(1)
    .max(territories.length)
    .refine((a) => new Set(a).size === a.length, 'territories must be distinct');

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const territoryQuery = z.string().regex(/^[a-z][a-z0-9-]*$/);

export function createOrganisationRequest(territories: readonly string[]) {
  return z
    .object({
      id: slug,
      territoryId: territoryList(territories),
      name: identityText(120),
      kind: z.enum(ORGANISATION_KINDS),
      refersIn: z.boolean().default(true),
      receivesReferrals: z.boolean().default(true),
      contacts: z.array(contact).max(20).default([]),
      website: z.string().url().max(300).optional(),
      active: z.boolean().default(true),
    })
    .strict();
}
export type CreateOrganisationRequest = z.infer<ReturnType<typeof createOrganisationRequest>>;

export function updateOrganisationRequest(territories: readonly string[]) {
  return createOrganisationRequest(territories)
    .omit({ id: true })
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, 'nothing to update');
}
export type UpdateOrganisationRequest = z.infer<ReturnType<typeof updateOrganisationRequest>>;

export const ORGANISATION_SORTS = ['id', 'name', 'kind', 'createdAt', 'updatedAt'] as const;
export const ListOrganisationsQuery = z
  .object({
    territoryId: territoryQuery.optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    refersIn: booleanQuery.optional(),
    receivesReferrals: booleanQuery.optional(),
    active: booleanQuery.optional(),
    q: z.string().trim().min(1).max(80).optional(),
    ...pagingShape(ORGANISATION_SORTS),
    ...idsShape(slug),
  })
  .strict()
  .superRefine(checkWindow);
export type ListOrganisationsQuery = z.infer<typeof ListOrganisationsQuery>;

export function createCompanyRequest(territories: readonly string[]) {
  return z
    .object({
      id: slug,
      territoryId: territoryList(territories),
      name: identityText(120),
      sectors: z.array(text(100)).max(20).default([]),
      hrContacts: z.array(contact).max(20).default([]),
      expectedVolunteersPerPromotion: z.number().int().min(0).max(100).default(DEFAULT_EXPECTED_VOLUNTEERS),
      active: z.boolean().default(true),
    })
    .strict();
}
export type CreateCompanyRequest = z.infer<ReturnType<typeof createCompanyRequest>>;

export function updateCompanyRequest(territories: readonly string[]) {
  return createCompanyRequest(territories)
    .omit({ id: true })
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, 'nothing to update');
}
export type UpdateCompanyRequest = z.infer<ReturnType<typeof updateCompanyRequest>>;

export const COMPANY_SORTS = ['id', 'name', 'createdAt', 'updatedAt', 'expectedVolunteersPerPromotion'] as const;
export const ListCompaniesQuery = z
  .object({
    territoryId: territoryQuery.optional(),
    sector: z.string().trim().min(1).max(100).optional(),
    active: booleanQuery.optional(),
    q: z.string().trim().min(1).max(80).optional(),
    ...pagingShape(COMPANY_SORTS),
    ...idsShape(slug),
  })
  .strict()
  .superRefine(checkWindow);
export type ListCompaniesQuery = z.infer<typeof ListCompaniesQuery>;

export const SlugParams = z.object({ id: slug });

const stamp = z.string().datetime();
const contactView = z.object({ name: z.string(), email: z.string(), phone: z.string().optional(), role: z.string().optional() }).strict();
/** Partner records as the API sends them; for the OpenAPI document, checked against real responses. */
export const PartnerOrganisationView = apiSchema(
  'PartnerOrganisation',
  z
    .object({
      id: slug,
      _id: slug,
      territoryId: z.array(z.string()),
      name: z.string(),
      kind: z.enum(ORGANISATION_KINDS),
      refersIn: z.boolean(),
      receivesReferrals: z.boolean(),
      contacts: z.array(contactView),
      website: z.string().optional(),
      active: z.boolean(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);
export const PartnerCompanyView = apiSchema(
  'PartnerCompany',
  z
    .object({
      id: slug,
      _id: slug,
      territoryId: z.array(z.string()),
      name: z.string(),
      sectors: z.array(z.string()),
      hrContacts: z.array(contactView),
      expectedVolunteersPerPromotion: z.number().int(),
      active: z.boolean(),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .strict(),
);
