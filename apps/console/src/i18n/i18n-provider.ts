import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import frenchMessages from 'ra-language-french';
import englishMessages from 'ra-language-english';
import { en, fr } from './messages';

export const LOCALES = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

const catalogues: Record<string, TranslationMessages> = {
  fr: { ...frenchMessages, ...fr } as TranslationMessages,
  en: { ...englishMessages, ...en } as TranslationMessages,
};

/** French first (the browser's language is not consulted: the programme works in French); English on demand, remembered by react-admin's store. */
export const i18nProvider = polyglotI18nProvider((locale) => catalogues[locale] ?? catalogues.fr, 'fr', LOCALES, { allowMissing: false });
