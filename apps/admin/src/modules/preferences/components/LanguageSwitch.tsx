import { isSupportedLanguage, Language, SUPPORTED_LANGUAGES } from '@alliance/domain';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { useLanguageChoice } from '../hooks/useLanguageChoice';

const SHORT_NAMES: Record<Language, string> = { [Language.EN]: 'EN', [Language.FR]: 'FR' };

export interface LanguageSwitchProps {
  /** Also save the choice on the signed-in account (top bar); not on public pages. */
  saveToAccount?: boolean;
}

/** EN | FR toggle; each option is named in its own language so anyone can find theirs. */
export function LanguageSwitch({ saveToAccount = false }: LanguageSwitchProps) {
  const { t } = useTranslation('common');
  const { language, choose } = useLanguageChoice({ saveToAccount });
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={language}
      aria-label={t('language.label')}
      onChange={(_event, value: unknown) => {
        if (typeof value === 'string' && isSupportedLanguage(value)) choose(value);
      }}
    >
      {SUPPORTED_LANGUAGES.map((option) => (
        <ToggleButton key={option} value={option} lang={option} aria-label={t(`language.${option}`)} sx={{ px: 1.5 }}>
          {SHORT_NAMES[option]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
