import { identityText, identityTextProblem } from './identity-text';

describe('identityText', () => {
  const name = identityText(100);

  it.each([
    ['Arabic', 'محمد العلي'],
    ['Persian with ZWNJ inside words', 'می\u200Cخواهم زهرا\u200Cسادات'],
    ["Tigrinya (Ge'ez script)", 'ኣብርሃም ተስፋይ'],
    ['Amharic', 'ሰላም ዓለም'],
    ['Cyrillic', 'Олександра Шевченко'],
    ['CJK', '王小明'],
    ['Devanagari with ZWJ inside', 'क्\u200Dष'],
    ['Latin with accents, apostrophe and hyphen', "Zoë N'Diaye-Lefèvre"],
    ['an emoji (surrogate pair, not lone)', 'Léa 🌿'],
    ['a right-to-left mark between words', 'Rennes \u200Fمدينة'],
  ])('When a name is %s, then it is accepted', (_label, value) => {
    expect(name.safeParse(value)).toEqual({ success: true, data: value });
  });

  it.each([
    ['NUL', 'Ali\u0000'],
    ['a line feed', 'Ali\nBaba'],
    ['escape', 'A\u001b[31m'],
    ['DEL', 'A\u007f'],
    ['a C1 control', 'A\u0085B'],
    ['RLO (U+202E)', 'Nabil\u202Etxt.exe'],
    ['LRE (U+202A)', '\u202AAli'],
    ['PDF (U+202C)', 'Ali\u202C'],
    ['LRI (U+2066)', 'A\u2066B'],
    ['PDI (U+2069)', 'A\u2069B'],
    ['a lone high surrogate', 'Ali\uD83D'],
    ['a lone low surrogate', '\uDE00Ali'],
    ['U+FFFF', 'A\uFFFF'],
    ['a leading ZWNJ', '\u200C=cmd'],
    ['a trailing zero-width space', 'Ali\u200B'],
    ['a leading word joiner', '\u2060Ali'],
  ])('When a name contains %s, then it is refused with a message naming the problem', (_label, value) => {
    const parsed = name.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/control or bidirectional|zero-width/);
  });

  it('When a bidi override is refused, then the message names its code point and position', () => {
    expect(identityTextProblem('ab\u202Ec')).toBe('must not contain control or bidirectional-formatting characters (U+202E at position 3)');
  });

  it('When the value is empty after trimming or too long, then the usual length rules apply', () => {
    expect(name.safeParse('   ').success).toBe(false);
    expect(identityText(3).safeParse('abcd').success).toBe(false);
  });
});
