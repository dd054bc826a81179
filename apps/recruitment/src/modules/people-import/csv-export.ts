import { z } from 'zod';
import { validationFailed } from '@binome/errors';
import { reply } from '@binome/http-server';

/** What the CSV exports share: the row cap, the file answer and cell formats. */
export const MAX_EXPORT_ROWS = 20_000;

export const CSV_RESPONSE = { description: 'UTF-8 avec BOM, CRLF / UTF-8 with a BOM, CRLF', contentType: 'text/csv', schema: z.string() };

/** The CSV as a download named for the day. */
export function csvFile(name: string, csv: string) {
  const day = new Date().toISOString().slice(0, 10);
  return reply({
    status: 200,
    body: csv,
    contentType: 'text/csv; charset=utf-8',
    headers: { 'Content-Disposition': `attachment; filename="${name}-${day}.csv"`, 'Cache-Control': 'no-store' },
  });
}

export function tooMany(total: number): never {
  throw validationFailed([{ field: 'query', message: `${total} rows match; at most ${MAX_EXPORT_ROWS} per export: narrow the filters` }]);
}

export const join = (values: readonly unknown[] | undefined) => (values ?? []).join('; ');
export const date = (d: Date | string | undefined) => (d instanceof Date ? d.toISOString() : (d ?? ''));
