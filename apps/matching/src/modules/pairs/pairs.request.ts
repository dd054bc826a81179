import { z } from 'zod';
import { Id } from '../proposals/proposals.request';

export const PairParams = z.object({ id: Id });
