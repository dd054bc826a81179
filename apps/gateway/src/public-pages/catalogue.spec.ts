import { APPLY_CATALOGUES, PAGE_LANGUAGES, Translator, VOLUNTEER_CATALOGUES, type Catalogue } from './catalogue';

const placeholders = (text: string | Record<string, string>) =>
  [
    ...new Set((typeof text === 'string' ? [text] : Object.values(text)).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
  ].sort();

function completeness(catalogues: Record<string, Catalogue>, reference: Catalogue): string[] {
  const problems: string[] = [];
  for (const [lang, c] of Object.entries(catalogues)) {
    if (c.language !== lang) problems.push(`${lang}: says it is ${c.language}`);
    for (const key of Object.keys(reference.entries)) if (!c.entries[key]) problems.push(`${lang}: missing ${key}`);
    for (const [key, entry] of Object.entries(c.entries)) {
      const ref = reference.entries[key];
      if (!ref) {
        problems.push(`${lang}: unknown ${key}`);
        continue;
      }
      if (JSON.stringify(placeholders(entry.text)) !== JSON.stringify(placeholders(ref.text)))
        problems.push(`${lang}: ${key} has placeholders ${placeholders(entry.text)} instead of ${placeholders(ref.text)}`);
      if (typeof ref.text !== typeof entry.text) problems.push(`${lang}: ${key} is ${typeof entry.text === 'string' ? 'not ' : ''}plural`);
      if (typeof entry.text !== 'string') {
        for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories)
          if (!entry.text[category]) problems.push(`${lang}: ${key} lacks the plural form "${category}"`);
      }
    }
  }
  return problems;
}

describe('catalogues of the public pages', () => {
  it('When any language lacks a key, has an extra one, other placeholders or a plural form Intl needs, then the check names it', () => {
    const fr = APPLY_CATALOGUES.fr;
    const broken: Catalogue = {
      ...APPLY_CATALOGUES.ar,
      entries: {
        ...APPLY_CATALOGUES.ar.entries,
        extra: { text: 'x', reviewed: false },
        'thanks.body': { text: 'no date', reviewed: false },
      },
    };
    delete broken.entries.title;
    broken.entries['errors.count'] = { text: { one: 'one', other: '{count}' }, reviewed: false };
    expect(completeness({ ar: broken }, fr)).toEqual([
      'ar: missing title',
      'ar: errors.count lacks the plural form "few"',
      'ar: errors.count lacks the plural form "many"',
      'ar: errors.count lacks the plural form "two"',
      'ar: errors.count lacks the plural form "zero"',
      'ar: thanks.body has placeholders  instead of date',
      'ar: unknown extra',
    ]);
  });

  it('When the application page is rendered, then every language has every key of the French catalogue, and nothing else', () => {
    expect(Object.keys(APPLY_CATALOGUES).sort()).toEqual([...PAGE_LANGUAGES].sort());
    expect(completeness(APPLY_CATALOGUES, APPLY_CATALOGUES.fr)).toEqual([]);
    expect(completeness(VOLUNTEER_CATALOGUES, VOLUNTEER_CATALOGUES.fr)).toEqual([]);
  });

  it('When a language is written right to left, then its catalogue says so (Arabic, Persian, Pashto)', () => {
    const rtl = PAGE_LANGUAGES.filter((l) => APPLY_CATALOGUES[l].dir === 'rtl');
    expect(rtl).toEqual(['ar', 'fa', 'ps']);
  });

  it('When consent is recorded, then every language shows a notice with its version', () => {
    for (const lang of PAGE_LANGUAGES) expect(APPLY_CATALOGUES[lang].noticeVersion).toMatch(/^\d{4}-\d{2}$/);
  });

  it('When translations are machine-quality, then they are flagged unreviewed, entry by entry', () => {
    const unreviewed = PAGE_LANGUAGES.flatMap((l) => Object.values(APPLY_CATALOGUES[l].entries).filter((e) => !e.reviewed));
    // No native speaker has reviewed any entry yet: the flag must say so, not claim otherwise.
    expect(unreviewed.length).toBe(PAGE_LANGUAGES.length * Object.keys(APPLY_CATALOGUES.fr.entries).length);
  });
});

describe('Translator', () => {
  it('When a count is given, then the plural form comes from Intl.PluralRules of the language', () => {
    const ar = new Translator(APPLY_CATALOGUES.ar);
    expect(ar.t('errors.count', { count: 1 })).toBe('إجابة واحدة للتحقق منها');
    expect(ar.t('errors.count', { count: 2 })).toBe('إجابتان للتحقق منهما');
    // The digits are those Intl.NumberFormat uses for the language.
    expect(ar.t('errors.count', { count: 3 })).toBe(`${new Intl.NumberFormat('ar').format(3)} إجابات للتحقق منها`);
    const ru = new Translator(APPLY_CATALOGUES.ru);
    expect(ru.t('errors.count', { count: 2 })).toBe('2 ответа нужно проверить');
    expect(ru.t('errors.count', { count: 5 })).toBe('5 ответов нужно проверить');
    expect(new Translator(APPLY_CATALOGUES.fr).t('errors.count', { count: 1 })).toBe('1 réponse à vérifier');
  });

  it('When a placeholder is filled, then the value goes in; unknown keys are an error, not an empty label', () => {
    const en = new Translator(APPLY_CATALOGUES.en);
    expect(en.t('errors.required', { field: 'First name' })).toBe('First name: please answer.');
    expect(() => en.t('no.such.key')).toThrow('catalogue en: no entry no.such.key');
  });

  it('When dates and weekdays are shown, then Intl writes them in the language, in the Gregorian calendar', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(new Translator(APPLY_CATALOGUES.fr).date(at)).toBe('1 décembre 2026');
    expect(new Translator(APPLY_CATALOGUES.fa).date(at)).toContain('۲۰۲۶');
    expect(new Translator(APPLY_CATALOGUES.fr).weekdays()).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    expect(new Translator(APPLY_CATALOGUES.ar).languageName('ti')).not.toBe('ti');
  });
});
