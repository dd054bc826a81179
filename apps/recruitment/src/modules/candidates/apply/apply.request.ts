import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { CEFR_LEVELS, CHANNELS, GENDERS, LANGUAGE_LEVELS, PROTECTION_STATUSES, TRADE_CODE, WEEKLY_SLOTS } from '../candidate.entity';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/**
 * Intake step 1, the public online application. Only what the programme needs to assess
 * eligibility and contact the person; consent to data processing is required.
 */
export function applyRequest(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      firstName: identityText(100),
      lastName: identityText(100),
      email: z.string().trim().toLowerCase().email().max(200),
      phone: z
        .string()
        .regex(/^\+?[0-9 ().-]{6,20}$/, 'expected a phone number')
        .optional(),
      town: identityText(100),
      protectionStatus: z.enum(PROTECTION_STATUSES),
      protectionGrantedOn: isoDate.optional(),
      languages: z
        .array(
          z.object({ language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code'), level: z.enum(LANGUAGE_LEVELS) }).strict(),
        )
        .max(10)
        .default([]),
      frenchLevel: z.enum(CEFR_LEVELS),
      education: text(300).optional(),
      experience: z
        .array(
          z
            .object({
              trade: text(100),
              sector: text(100),
              years: z.number().int().min(0).max(60),
              country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code'),
            })
            .strict(),
        )
        .max(10)
        .default([]),
      targetTrade: z.string().regex(TRADE_CODE, 'expected a ROME-like trade code, e.g. M1607').optional(),
      targetSector: text(100).optional(),
      // What matching needs: when the person can meet, and an optional gender preference.
      availability: z
        .array(z.enum(WEEKLY_SLOTS))
        .max(WEEKLY_SLOTS.length)
        .refine((a) => new Set(a).size === a.length, 'each slot at most once')
        .default([]),
      gender: z.enum(GENDERS).optional(),
      genderPreference: z.enum(GENDERS).optional(),
      // Eligibility asks for stable housing and resources; declared here, confirmed at screening.
      housingStable: z.boolean().optional(),
      resourcesStable: z.boolean().optional(),
      channel: z.enum(CHANNELS),
      referringPartnerId: z
        .string()
        .regex(/^[a-z0-9-]{2,64}$/, 'expected a partner id')
        .optional(),
      consent: z
        .object({
          dataProcessing: z.literal(true, { errorMap: () => ({ message: 'consent to data processing is required to apply' }) }),
          partnerSharing: z.boolean(),
          noticeVersion: z.string().regex(/^\d{4}-\d{2}$/, 'expected the notice version, e.g. 2026-01'),
        })
        .strict(),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.channel === 'partner_referral' && !v.referringPartnerId) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['referringPartnerId'], message: 'required when channel is partner_referral' });
      }
    });
}

export type ApplyRequest = z.infer<ReturnType<typeof applyRequest>>;
