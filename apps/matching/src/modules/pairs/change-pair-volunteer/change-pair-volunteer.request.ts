import { z } from 'zod';
import { Id } from '../../proposals/proposals.request';

export const ChangeVolunteerRequest = z.object({ volunteerId: Id }).strict();
