import { z } from 'zod';
import { territoryBody } from '../proposals.request';

export const RunProposalRequest = (territories: readonly string[]) => z.object({ territoryId: territoryBody(territories) }).strict();
