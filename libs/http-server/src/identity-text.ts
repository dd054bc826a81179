import { z } from 'zod';

/**
 * Characters that have no place in a person's or an organisation's name, a job title or a town,
 * and that change how the text reads where it is shown: C0 and C1 controls (NUL, line breaks,
 * escape), the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: an
 * RLO turns "Nabil‮txt.exe" around in the console and in spreadsheets), lone surrogates (not
 * text at all: invalid UTF-8 once exported) and the noncharacters U+FFFE/U+FFFF. Letter marks
 * (LRM, RLM, ALM) and ZWNJ/ZWJ stay allowed: Persian and Arabic words need them.
 */
// \p{Cc}: U+0000–U+001F, U+007F–U+009F; \p{Cs}: surrogates, which only match unpaired under /u.
const FORBIDDEN = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;
/** Zero-width characters are meaningful between letters only; at an edge they only hide what follows. */
const ZERO_WIDTH_EDGE = /^[\u200B-\u200D\u2060\uFEFF]|[\u200B-\u200D\u2060\uFEFF]$/u;

const codePoint = (s: string) => `U+${(s.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a value is refused as identity text, or undefined when it is fine. */
export function identityTextProblem(value: string): string | undefined {
  const bad = FORBIDDEN.exec(value);
  if (bad) return `must not contain control or bidirectional-formatting characters (${codePoint(bad[0])} at position ${bad.index + 1})`;
  if (ZERO_WIDTH_EDGE.test(value)) return 'must not start or end with a zero-width character';
  return undefined;
}

/**
 * Names, organisation and company names, job titles, towns: trimmed, 1..max characters, any
 * script, no control or bidi-override characters. One helper for every schema that takes such a
 * field (CSV imports validate their rows with the same schemas), so 400 names the field.
 */
export function identityText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const problem = identityTextProblem(value);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    });
}
