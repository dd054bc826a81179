import { z } from 'zod';
import { identityText } from '@binome/http-server';
import { Id } from '../meetings/meetings.request';
import { LANGUAGES } from './contact.entity';

export const SubscribeBody = z
  .object({
    firstName: identityText(60).describe('the first name the emails greet you with, and your partner sees in theirs'),
    language: z.enum(LANGUAGES).optional().describe('fr by default (or the territory’s language)'),
  })
  .strict();

export const KonnecteurParams = z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a territory id'), konnecteurId: Id });
export const KonnecteurContactBody = z
  .object({
    email: z.string().trim().toLowerCase().email().max(200).describe('the verified email of the Konnecteur’s account'),
    firstName: identityText(60),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();

export const AnswerParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'an answer token') });
