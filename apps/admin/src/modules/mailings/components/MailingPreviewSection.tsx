import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { Language } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { RecordSection } from '../../../ui/RecordSection';
import { ContactAutocomplete, contactName, type ContactOption } from '../../relationships/components/ContactAutocomplete';
import { MAILING_PREVIEW_QUERY } from '../graphql/mailing-preview.query';
import { MAILING_LANGUAGES } from './MailingTranslationsEditor';

type Part = 'html' | 'text';
const RECIPIENTS_LANGUAGE = '';

/**
 * The mail as the server renders it for a chosen person (or with sample values) in a chosen language: the HTML in a
 * frame that may run nothing and load nothing of this page, and the plain-text part.
 */
export function MailingPreviewSection({ mailingId, languages }: { mailingId: string; languages: readonly Language[] }) {
  const { t } = useTranslation(['mailings', 'common']);
  const [contact, setContact] = useState<ContactOption | null>(null);
  const [language, setLanguage] = useState<Language | typeof RECIPIENTS_LANGUAGE>(RECIPIENTS_LANGUAGE);
  const [part, setPart] = useState<Part>('html');
  const baseId = useId();
  const { data, previousData, loading, error, refetch } = useQuery(MAILING_PREVIEW_QUERY, {
    variables: { id: mailingId, contactId: contact?.id ?? null, language: language || null },
    // Rendered afresh on each visit: the draft or the person may have changed since.
    fetchPolicy: 'network-only',
  });
  const errorText = useApiErrorText(error);
  const preview = (data ?? previousData)?.previewMailing;
  const who = contact ? contactName(contact) : t('preview.sample');

  return (
    <RecordSection title={t('preview.title')}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <ContactAutocomplete
          label={t('preview.recipient')}
          value={contact}
          onChange={setContact}
          helperText={t('preview.recipientHelp')}
          sx={{ flex: 2 }}
        />
        <TextField
          select
          label={t('preview.language')}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Language | typeof RECIPIENTS_LANGUAGE)}
          // "The recipient's language" is a choice like the others, shown although its value is empty.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ flex: 1 }}
        >
          <MenuItem value={RECIPIENTS_LANGUAGE}>{t('preview.recipientsLanguage')}</MenuItem>
          {MAILING_LANGUAGES.filter((option) => languages.includes(option)).map((option) => (
            <MenuItem key={option} value={option}>
              {t(`common:languages.${option}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <ErrorAlert message={errorText} onRetry={() => void refetch()} />
      {!preview ? (
        loading ? <LoadingState /> : null
      ) : (
        <>
          <Typography sx={{ mb: 0.5 }}>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {t('preview.subject')}{' '}
            </Box>
            <Box component="span" sx={{ fontWeight: 600 }}>
              {preview.subject}
            </Box>
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('preview.as', { who, language: t(`languagesInSentence.${preview.language}`) })}
          </Typography>
          <Tabs value={part} onChange={(_event, next: Part) => setPart(next)} aria-label={t('preview.partsLabel')}>
            <Tab value="html" label={t('preview.html')} id={`${baseId}-html-tab`} aria-controls={`${baseId}-html`} />
            <Tab value="text" label={t('preview.text')} id={`${baseId}-text-tab`} aria-controls={`${baseId}-text`} />
          </Tabs>
          <Box role="tabpanel" id={`${baseId}-html`} aria-labelledby={`${baseId}-html-tab`} hidden={part !== 'html'} sx={{ pt: 2 }}>
            {part === 'html' ? (
              <Box
                component="iframe"
                // Nothing the rendered mail holds may run, submit, navigate or reach this page's session.
                sandbox=""
                srcDoc={preview.html}
                title={t('preview.frameTitle', { who })}
                sx={{ width: '100%', height: 640, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'common.white' }}
              />
            ) : null}
          </Box>
          <Box role="tabpanel" id={`${baseId}-text`} aria-labelledby={`${baseId}-text-tab`} hidden={part !== 'text'} sx={{ pt: 2 }}>
            {part === 'text' ? (
              <Box
                component="pre"
                sx={{ m: 0, p: 2, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'monospace', bgcolor: 'action.hover', borderRadius: 1 }}
              >
                {preview.text}
              </Box>
            ) : null}
          </Box>
        </>
      )}
    </RecordSection>
  );
}
