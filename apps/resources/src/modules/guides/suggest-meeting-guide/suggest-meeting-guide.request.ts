import { z } from 'zod';
import { oneOrMany } from '@binome/http-server';
import { Id, Language, TerritoryId } from '../../library/library.request';
import { GUIDE_NEEDS } from '../meeting-guide.entity';

export const SuggestMeetingGuideQuery = z
  .object({
    territoryId: TerritoryId,
    week: z.coerce.number().int().min(1).max(26),
    meetingsHeld: z.coerce.number().int().min(0).max(100),
    needs: oneOrMany(z.enum(GUIDE_NEEDS), GUIDE_NEEDS.length).optional(),
    language: Language.optional(),
    beneficiaryId: Id.optional().describe('the pair’s beneficiary (recruitment id): their needs are added (staff only)'),
    promotionId: Id.optional().describe('the pair’s promotion (for the T0 gaps; default: recruitment’s)'),
  })
  .strict();
export type SuggestMeetingGuideQuery = z.infer<typeof SuggestMeetingGuideQuery>;
