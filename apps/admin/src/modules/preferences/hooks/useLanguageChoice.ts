import type { Language } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, rememberLanguageChoice, toGraphQLLanguage } from '../../../app/i18n';
import { UPDATE_MY_PREFERENCES_MUTATION } from '../graphql/update-my-preferences.mutation';

export interface LanguageChoice {
  language: Language;
  choose: (language: Language) => void;
}

/**
 * The interface language, and a way to change it that is remembered on this device and, when signed in, on the
 * account (so emails and other devices follow).
 */
export function useLanguageChoice({ saveToAccount }: { saveToAccount: boolean }): LanguageChoice {
  const { i18n } = useTranslation();
  const [updateMyPreferences] = useMutation(UPDATE_MY_PREFERENCES_MUTATION);

  const choose = useCallback(
    (language: Language) => {
      rememberLanguageChoice(language);
      void i18n.changeLanguage(language);
      if (saveToAccount) {
        updateMyPreferences({ variables: { input: { language: toGraphQLLanguage(language) } } }).catch(() => {
          // The screen already follows the choice and this device remembers it; the account catches up next time.
        });
      }
    },
    [i18n, saveToAccount, updateMyPreferences],
  );

  return { language: currentLanguage(i18n), choose };
}
