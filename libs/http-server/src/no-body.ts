import { z } from 'zod';

/**
 * The body of a body-less command (a DELETE, a rotation): any field is refused rather than
 * silently ignored, and the OpenAPI document shows no request body (`openapi.ts`).
 */
export const NoBody = z.object({}).strict();
