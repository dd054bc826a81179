import { z } from 'zod';
import { Id } from '../proposals.request';

export const ExplanationQuery = z.object({ beneficiaryId: Id, volunteerId: Id.optional() }).strict();
