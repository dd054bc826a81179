import { z } from 'zod';
import { notes } from '../candidates.request';

/** Intake step 2, the phone pre-selection: does the person understand the programme? */
export const ScreeningRequest = z
  .object({
    understoodProgramme: z.boolean(),
    outcome: z.enum(['passed', 'failed']),
    /** Confirmed on the phone; they feed the eligibility criteria. */
    housingStable: z.boolean(),
    resourcesStable: z.boolean(),
    notes: notes.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === 'passed' && !v.understoodProgramme) {
      ctx.addIssue({
        code: 'custom',
        path: ['understoodProgramme'],
        message: 'a person who has not understood the programme cannot pass the screening',
      });
    }
  });
export type ScreeningRequest = z.infer<typeof ScreeningRequest>;
