export const locales = ['es-MX', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'es-MX';

/** The language of the shared domain helpers (phonetic spelling, bilingual reference data). */
export const languageOf = (locale: Locale): 'es' | 'en' => (locale === 'en' ? 'en' : 'es');
