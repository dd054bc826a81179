import { z } from 'zod';
import { TerritoryId } from '../library/library.request';

export const GuideTerritoryParams = z.object({ territoryId: TerritoryId });
