/**
 * RFC 4180 CSV, both ways, without a dependency. Reading accepts what spreadsheets export:
 * a UTF-8 BOM, CRLF or LF line ends, quoted fields with embedded separators, line breaks and
 * doubled quotes, and ";" as the separator when the header uses it (French Excel).
 */

export interface CsvRecord {
  /** 1-based physical line where the record starts (as a spreadsheet user counts, header = 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export const BOM = '\uFEFF';

/** "," unless the first line has ";" outside quotes and no ",". */
function detectSeparator(text: string): ',' | ';' {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch === ',') commas++;
    else if (!inQuotes && ch === ';') semicolons++;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
}

/** Parses CSV text into records; blank lines are skipped. Throws CsvSyntaxError. */
export function parseCsv(input: string, separator?: ',' | ';'): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quoted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quoted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '' && !quoted) {
      // A quoted field: read to the closing quote.
      quoted = true;
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(openedOn, 'a quoted field is never closed');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\r' && text[i + 1] === '\n') {
          field += '\r\n';
          line++;
          i += 2;
          continue;
        }
        if (c === '\n' || c === '\r') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== sep && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(line, 'unexpected text after a closing quote (double the quote inside a quoted field: "")');
      }
      continue;
    }
    if (ch === sep) {
      fields.push(field);
      field = '';
      quoted = false;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"' && !quoted)
      throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
    field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return records;
}

/**
 * What spreadsheets may read as the start of a formula: = + - @ (or tab / CR), also when zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) come first — invisible, and some spreadsheets and
 * import tools drop them — and their full-width forms ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D,
 * U+FF20), which East Asian locales of Excel and LibreOffice normalise to the ASCII ones.
 */
const FORMULA_START = /^[\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * One cell, safe for spreadsheets: a value that could start a formula (FORMULA_START) is prefixed
 * with a single quote so Excel and LibreOffice show it as text instead of running it (CSV
 * injection); a value with a separator, quote or line break is quoted with doubled quotes.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: BOM (so Excel reads UTF-8), header, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
