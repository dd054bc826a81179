import { z } from 'zod';
import { CEFR_LEVELS, WORKSHOP_NEEDS } from '../candidate.entity';
import { notes, staffId } from '../candidates.request';

const assessment = z.object({ score: z.number().int().min(1).max(5), notes: notes.optional() }).strict();

/** Intake step 3: a 30–40 minute interview held by two staff members. */
export const InterviewRequest = z
  .object({
    interviewerIds: z.array(staffId).length(2, 'an interview is held by exactly two staff members'),
    // 30–40 minutes is the norm; allow for interviews that ran short or long.
    durationMinutes: z.number().int().min(10).max(120),
    assessedFrenchLevel: z.enum(CEFR_LEVELS),
    need: assessment,
    motivation: assessment,
    projectMaturity: assessment,
    workshopNeeds: z.array(z.enum(WORKSHOP_NEEDS)).max(WORKSHOP_NEEDS.length),
    notes: notes.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.interviewerIds.length === 2 && v.interviewerIds[0] === v.interviewerIds[1]) {
      ctx.addIssue({ code: 'custom', path: ['interviewerIds', 1], message: 'the two interviewers must be different people' });
    }
    if (new Set(v.workshopNeeds).size !== v.workshopNeeds.length) {
      ctx.addIssue({ code: 'custom', path: ['workshopNeeds'], message: 'each need at most once' });
    }
  });
export type InterviewRequest = z.infer<typeof InterviewRequest>;
