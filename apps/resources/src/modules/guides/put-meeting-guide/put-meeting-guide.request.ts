import { z } from 'zod';
import { Id } from '../../library/library.request';
import { GUIDE_NEEDS, STAGES } from '../meeting-guide.entity';

const Entry = z
  .object({
    stages: z.array(z.enum(STAGES)).min(1).max(STAGES.length),
    need: z.enum(GUIDE_NEEDS),
    volunteerText: z.string().trim().min(3).max(1000),
    beneficiaryText: z.string().trim().min(3).max(400).describe('plain language: short sentences, everyday words'),
    resourceIds: z.array(Id).max(10).default([]),
  })
  .strict();

export const PutMeetingGuideBody = z.object({ entries: z.array(Entry).max(200) }).strict();
export type PutMeetingGuideBody = z.infer<typeof PutMeetingGuideBody>;
