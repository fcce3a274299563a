/** Languages the alliance publishes in. Adding one means adding its locale files in both apps. */
export enum Language {
  EN = 'en',
  FR = 'fr',
}

export const DEFAULT_LANGUAGE = Language.EN;
export const SUPPORTED_LANGUAGES: readonly Language[] = Object.values(Language);

export function isSupportedLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
