import { z } from 'zod';

export const TerritoryParams = (territories: readonly string[]) => z.object({ territoryId: z.enum(territories as [string, ...string[]]) });
