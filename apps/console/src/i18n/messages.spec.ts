import { en, fr } from './messages';

/** Every message with its path (field keys such as `identity.lastName` hold dots themselves). */
const entriesOf = (o: object, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]): [string, string][] =>
    typeof v === 'object' && v !== null ? entriesOf(v, `${prefix}${k}/`) : [[`${prefix}${k}`, String(v)]],
  );

describe('the console catalogue', () => {
  it('When a key exists in French, then it exists in English, and the other way round', () => {
    expect(
      entriesOf(en)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      entriesOf(fr)
        .map(([k]) => k)
        .sort(),
    );
  });

  it('When a message is a plural or has placeholders, then both languages have the same forms and placeholders', () => {
    const english = new Map(entriesOf(en));
    const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();
    for (const [key, french] of entriesOf(fr)) {
      const other = english.get(key) ?? '';
      expect([key, other.includes('||||'), placeholders(other)]).toEqual([key, french.includes('||||'), placeholders(french)]);
    }
  });
});
