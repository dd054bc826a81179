import { z } from 'zod';
import { DISSOLUTION_REASONS } from '../pair.entity';

export const TransitionRequest = z
  .object({
    to: z.enum(['confirmed', 'active', 'completed', 'dissolved', 'withdrawn']),
    reason: z.enum(DISSOLUTION_REASONS).optional(),
    // Kept inside matching (never in events); staff are told not to write health or legal details.
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.to === 'dissolved' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `a dissolution needs a reason: ${DISSOLUTION_REASONS.join(', ')}` });
    if (v.to !== 'dissolved' && (v.reason || v.note))
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is only given when dissolving' });
  });
