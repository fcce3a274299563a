import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../gql/graphql';
import { FormTextField } from '../../../ui/FormTextField';
import { MarkdownBody } from '../../documents/components/MarkdownBody';
import { withSampleValues } from '../mailingOptions';
import { MergeFieldMenu } from './MergeFieldMenu';

/** The languages a mailing is written in, in the order of their tabs: English first, the fallback. */
export const MAILING_LANGUAGES: readonly Language[] = ['EN', 'FR'];

export interface TranslationText {
  subject: string;
  body: string;
}

export type TranslationTexts = Record<Language, TranslationText>;

export interface TranslationErrors {
  subject?: string;
  body?: string;
}

export interface MailingTranslationsEditorProps {
  value: TranslationTexts;
  onChange: (value: TranslationTexts) => void;
  errors: Partial<Record<Language, TranslationErrors>>;
}

/** Subject and Markdown body per language, one tab each, with merge fields and a live preview beside the body. */
export function MailingTranslationsEditor({ value, onChange, errors }: MailingTranslationsEditorProps) {
  const { t } = useTranslation(['mailings', 'common']);
  const [shown, setShown] = useState<Language>('EN');
  const baseId = useId();
  const tabId = (language: Language) => `${baseId}-tab-${language}`;
  const panelId = (language: Language) => `${baseId}-panel-${language}`;
  // A tab whose fields were refused says so, or the error would hide behind the other tab.
  const tabLabel = (language: Language) =>
    errors[language]?.subject || errors[language]?.body ? t('composer.tabWithError', { language: t(`common:languages.${language}`) }) : t(`common:languages.${language}`);

  return (
    <Box>
      <Tabs value={shown} onChange={(_event, language: Language) => setShown(language)} aria-label={t('composer.languagesLabel')}>
        {MAILING_LANGUAGES.map((language) => (
          <Tab key={language} value={language} label={tabLabel(language)} id={tabId(language)} aria-controls={panelId(language)} />
        ))}
      </Tabs>
      {MAILING_LANGUAGES.map((language) => (
        <Box
          key={language}
          role="tabpanel"
          id={panelId(language)}
          aria-labelledby={tabId(language)}
          hidden={shown !== language}
          sx={{ pt: 3 }}
        >
          {shown === language ? (
            <TranslationFields
              language={language}
              text={value[language]}
              errors={errors[language] ?? {}}
              onChange={(text) => onChange({ ...value, [language]: text })}
            />
          ) : null}
        </Box>
      ))}
    </Box>
  );
}

interface TranslationFieldsProps {
  language: Language;
  text: TranslationText;
  errors: TranslationErrors;
  onChange: (text: TranslationText) => void;
}

function TranslationFields({ language, text, errors, onChange }: TranslationFieldsProps) {
  const { t } = useTranslation(['mailings', 'common']);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const previewHeadingId = useId();
  // Inside a sentence: French writes language names in lower case.
  const languageName = t(`languagesInSentence.${language}`);

  function insert(token: string) {
    const field = bodyRef.current;
    const start = field?.selectionStart ?? text.body.length;
    const end = field?.selectionEnd ?? text.body.length;
    onChange({ ...text, body: text.body.slice(0, start) + token + text.body.slice(end) });
    // Once React has put the new text in, carry on typing after the field.
    setTimeout(() => {
      field?.focus();
      field?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3}>
      <Stack spacing={2.5} sx={{ flex: 1, minWidth: 0 }}>
        <FormTextField
          label={t('composer.subject', { language: languageName })}
          required={language === 'EN'}
          value={text.subject}
          onChange={(subject) => onChange({ ...text, subject })}
          error={errors.subject}
          helperText={language === 'EN' ? t('composer.subjectHelp') : t('composer.otherLanguageHelp')}
        />
        <Stack spacing={1}>
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <MergeFieldMenu label={t('composer.insertFieldInto', { language: languageName })} onInsert={insert} />
          </Stack>
          <FormTextField
            label={t('composer.body', { language: languageName })}
            required={language === 'EN'}
            multiline
            minRows={12}
            value={text.body}
            onChange={(body) => onChange({ ...text, body })}
            inputRef={bodyRef}
            error={errors.body}
            helperText={t('composer.bodyHelp')}
          />
        </Stack>
      </Stack>
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby={previewHeadingId}
        sx={{ flex: 1, minWidth: 0, p: 2, alignSelf: { lg: 'flex-start' } }}
      >
        <Typography id={previewHeadingId} variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mb: 0.5 }}>
          {t('composer.livePreview', { language: languageName })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('composer.livePreviewHelp')}
        </Typography>
        <Typography sx={{ fontWeight: 600, mb: 1.5 }}>{text.subject ? withSampleValues(text.subject) : t('composer.noSubject')}</Typography>
        {text.body.trim() ? (
          <MarkdownBody text={withSampleValues(text.body)} />
        ) : (
          <Typography color="text.secondary">{t('composer.noBody')}</Typography>
        )}
      </Paper>
    </Stack>
  );
}
