import { z } from 'zod';
import { apiSchema } from '@binome/http-server';
import type { MeetingGuide } from './meeting-guide.entity';

export const guideView = (g: MeetingGuide) => ({
  territoryId: g.territoryId,
  entries: g.entries,
  updatedBy: g.updatedBy,
  updatedAt: g.updatedAt,
});

export const MeetingGuideViewSchema = apiSchema(
  'MeetingGuide',
  z.object({
    territoryId: z.string(),
    entries: z.array(
      z.object({
        stages: z.array(z.string()),
        need: z.string(),
        volunteerText: z.string(),
        beneficiaryText: z.string(),
        resourceIds: z.array(z.string()),
      }),
    ),
    updatedBy: z.string(),
    updatedAt: z.string(),
  }),
);

export const SuggestionSchema = apiSchema(
  'MeetingGuideSuggestion',
  z.object({
    stage: z.string(),
    guideTerritoryId: z.string(),
    agenda: z.array(
      z.object({
        need: z.string(),
        volunteerText: z.string(),
        beneficiaryText: z.string(),
        resources: z.array(z.object({ resourceId: z.string(), title: z.string() })),
      }),
    ),
    needs: z
      .array(z.object({ need: z.string(), weight: z.number(), sources: z.array(z.string()) }))
      .describe('the needs the agenda follows, heaviest first, and where each came from'),
    unavailableSources: z.array(z.string()).describe('peers that did not answer (recruitment, impact): the guide was built without them'),
  }),
);
