import { z } from 'zod';

/** The file's name (for the download); its type is the Content-Type, checked against the bytes. */
export const UploadQuery = z
  .object({
    filename: z
      .string()
      .trim()
      .min(1)
      .max(150)
      .refine((n) => !/[\\/"]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
        message: 'a file name without path, quotes or control characters',
      }),
  })
  .strict();
export const FileBody = z.instanceof(Buffer);
