import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z, type ZodTypeAny } from 'zod';

// Adds `.openapi()` to zod schemas (idempotent). Every module of this lib that documents a schema
// imports this one first, so the method exists whatever the import order of the app.
extendZodWithOpenApi(z);

/** A schema documented as `#/components/schemas/<name>` (response views, shared shapes). */
export function apiSchema<T extends ZodTypeAny>(name: string, schema: T): T {
  return schema.openapi(name);
}

/** A schema with a description in the document. */
export function described<T extends ZodTypeAny>(schema: T, description: string): T {
  return schema.openapi({ description });
}
