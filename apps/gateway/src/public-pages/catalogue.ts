import { z } from 'zod';
import ar from './catalogues/apply.ar.json';
import en from './catalogues/apply.en.json';
import fa from './catalogues/apply.fa.json';
import fr from './catalogues/apply.fr.json';
import ps from './catalogues/apply.ps.json';
import ru from './catalogues/apply.ru.json';
import ti from './catalogues/apply.ti.json';
import uk from './catalogues/apply.uk.json';
import volunteerEn from './catalogues/volunteer.en.json';
import volunteerFr from './catalogues/volunteer.fr.json';

/** The languages of the people the application page serves, French first (the default). */
export const PAGE_LANGUAGES = ['fr', 'en', 'ar', 'fa', 'ps', 'ti', 'uk', 'ru'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];
export const VOLUNTEER_LANGUAGES = ['fr', 'en'] as const satisfies readonly PageLanguage[];

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralText = z.record(z.enum(PLURAL_CATEGORIES), z.string().min(1));

/**
 * One catalogue per language and page. `reviewed: false` marks an entry no native speaker has
 * checked yet (machine-quality until then); the notice version is that of the consent text this
 * language shows, and is what the application records.
 */
export const catalogueSchema = z
  .object({
    language: z.enum(PAGE_LANGUAGES),
    name: z.string().min(1),
    dir: z.enum(['ltr', 'rtl']),
    noticeVersion: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .optional(),
    entries: z.record(z.string(), z.object({ text: z.union([z.string().min(1), pluralText]), reviewed: z.boolean() }).strict()),
  })
  .strict();
export type Catalogue = z.infer<typeof catalogueSchema>;

const parse = (raw: unknown) => catalogueSchema.parse(raw);

export const APPLY_CATALOGUES: Record<PageLanguage, Catalogue> = {
  fr: parse(fr),
  en: parse(en),
  ar: parse(ar),
  fa: parse(fa),
  ps: parse(ps),
  ti: parse(ti),
  uk: parse(uk),
  ru: parse(ru),
};
export const VOLUNTEER_CATALOGUES: Record<(typeof VOLUNTEER_LANGUAGES)[number], Catalogue> = {
  fr: parse(volunteerFr),
  en: parse(volunteerEn),
};

export const isPageLanguage = (value: unknown): value is PageLanguage => PAGE_LANGUAGES.includes(value as PageLanguage);

/** Looks entries up, fills `{placeholders}` and picks plural forms with `Intl.PluralRules`. */
export class Translator {
  private readonly plurals: Intl.PluralRules;
  constructor(readonly catalogue: Catalogue) {
    this.plurals = new Intl.PluralRules(catalogue.language);
  }

  get language(): PageLanguage {
    return this.catalogue.language;
  }

  t(key: string, params: Record<string, string | number> = {}): string {
    const entry = this.catalogue.entries[key];
    if (!entry) throw new Error(`catalogue ${this.catalogue.language}: no entry ${key}`);
    let text: string;
    if (typeof entry.text === 'string') text = entry.text;
    else {
      const count = Number(params.count ?? 0);
      text = entry.text[this.plurals.select(count)] ?? entry.text.other ?? '';
      params = { ...params, count: new Intl.NumberFormat(this.catalogue.language).format(count) };
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }

  /** A date as people of this language write it, in the Gregorian calendar French offices use. */
  date(at: Date): string {
    return new Intl.DateTimeFormat(this.catalogue.language, { dateStyle: 'long', calendar: 'gregory', timeZone: 'Europe/Paris' }).format(
      at,
    );
  }

  /** A language's name in this language (`Intl.DisplayNames`), for the main-language list. */
  languageName(code: string): string {
    return new Intl.DisplayNames([this.catalogue.language], { type: 'language' }).of(code) ?? code;
  }

  /** Weekday names, Monday first, from `Intl` (no catalogue entry to translate). */
  weekdays(): string[] {
    const format = new Intl.DateTimeFormat(this.catalogue.language, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
  }
}
