import escapeHtml from 'escape-html';

/** Markup that is already safe: built by `markup` from escaped values, or a trusted constant. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * Tagged template for the public pages (not named `html`: Prettier would reformat the markup
 * inside, and with it the whitespace the pages send): every interpolated value is HTML-escaped (text and quoted
 * attribute values alike) unless it is itself `SafeHtml`; arrays are concatenated, and
 * `undefined`/`null`/`false` render nothing, so `${cond && markup`…`}` works. Attributes must be
 * quoted: escape-html escapes `"` and `'`, not spaces.
 */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => (out += render(v) + (strings[i + 1] ?? '')));
  return new SafeHtml(out);
}

/** An attribute present or absent (`required`, `checked`, `selected`). */
export const flag = (name: string, on: boolean): SafeHtml => new SafeHtml(on ? ` ${name}` : '');
