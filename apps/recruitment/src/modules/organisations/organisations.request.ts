import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { slug } from '../shared/value-formats';

/** Shared pieces of the partner records' request schemas. */

export const contact = z
  .object({
    name: identityText(120),
    email: z.string().trim().toLowerCase().email().max(200),
    phone: z
      .string()
      .regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number')
      .optional(),
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

export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
export const territoryQuery = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const SlugParams = z.object({ id: slug });
