import { DEFAULT_LANGUAGE, isSupportedLanguage, Language, SUPPORTED_LANGUAGES } from '@alliance/domain';
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../locales';

/** Where the language someone picked explicitly is remembered on this device. */
export const LANGUAGE_STORAGE_KEY = 'alliance-crm.language';

export interface CreateI18nOptions {
  /** Fixed language (tests); without it the language is detected: remembered choice, then the browser's. */
  language?: Language;
}

export function createI18n(options: CreateI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  if (!options.language) instance.use(LanguageDetector);
  instance.use(initReactI18next);
  instance.on('languageChanged', () => {
    // Screen readers and the browser's hyphenation follow <html lang>.
    document.documentElement.lang = currentLanguage(instance);
  });
  void instance.init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    lng: options.language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'languageOnly',
    nonExplicitSupportedLngs: true,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is stored (see rememberLanguageChoice), so "no choice yet" stays detectable.
      caches: [],
    },
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return language && isSupportedLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export function rememberLanguageChoice(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be blocked (private mode, policies); the choice then lasts for this visit only.
  }
}

export function hasRememberedLanguageChoice(): boolean {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** GraphQL spells languages EN/FR; @alliance/domain and i18next spell them en/fr. */
export function toGraphQLLanguage(language: Language): 'EN' | 'FR' {
  return language === Language.FR ? 'FR' : 'EN';
}

export function fromGraphQLLanguage(language: 'EN' | 'FR'): Language {
  return language === 'FR' ? Language.FR : Language.EN;
}
