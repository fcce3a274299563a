/**
 * ISO 639-1 codes offered where people pick languages (an organisation's working languages, a contact's preferred
 * one): the alliance's own, the UN's, and those widely spoken where it works.
 */
export const LANGUAGE_CODES: readonly string[] = [
  'en', 'fr', 'ar', 'es', 'ru', 'zh', 'pt', 'sw', 'am', 'ha', 'so', 'ln', 'rw', 'rn', 'lg', 'yo', 'ig', 'wo', 'ff',
  'tr', 'ku', 'fa', 'ps', 'ur', 'hi', 'bn', 'my', 'km', 'th', 'vi', 'id', 'ms', 'tl', 'uk', 'hy', 'ka', 'az', 'sr',
  'hr', 'bs', 'sq', 'de', 'it', 'nl', 'pl', 'he', 'ti', 'om', 'ne', 'si', 'ta', 'uz', 'kk', 'ky', 'tg', 'mn', 'ht',
];

/** A language's name in the reader's language ("fr" reads "French" or "français"); the code if unknown. */
export function languageName(code: string, readerLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(code);
    return name && name !== code ? name.charAt(0).toLocaleUpperCase(readerLanguage) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** The offered codes, with any the record already has, in the reader's alphabetical order. */
export function languageOptions(readerLanguage: string, current: readonly string[] = []): string[] {
  const collator = new Intl.Collator(readerLanguage);
  return [...new Set([...LANGUAGE_CODES, ...current])].sort((a, b) =>
    collator.compare(languageName(a, readerLanguage), languageName(b, readerLanguage)),
  );
}
