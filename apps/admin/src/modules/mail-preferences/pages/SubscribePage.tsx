import { SUPPORTED_LANGUAGES } from '@alliance/domain';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormTextField } from '../../../ui/FormTextField';
import { LoadingState } from '../../../ui/LoadingState';
import { SubmitButton } from '../../../ui/SubmitButton';
import { fetchPublicLists, PublicMailRefused, subscribe, type PublicList } from '../api/publicMailApi';
import { Outcome, PublicMailPage, refusalKind } from '../components/PublicMailPage';

/** Enough to catch a typo; the API has the last word. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FieldErrors {
  email?: string;
  firstName?: string;
  lastName?: string;
  language?: string;
  lists?: string;
}

function capitalised(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** /subscribe: the public form to join the alliance's lists, with double opt-in where a list asks for it. */
export function SubscribePage() {
  const { t, i18n } = useTranslation(['mailPreferences', 'common']);
  const [lists, setLists] = useState<PublicList[] | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [language, setLanguage] = useState<string>(() => currentLanguage(i18n));
  const [chosen, setChosen] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const listsHelpId = useId();

  const load = useCallback(() => {
    setLoadProblem(null);
    fetchPublicLists()
      .then(setLists)
      .catch((error: unknown) => setLoadProblem(t(`problems.${refusalKind(error)}`)));
  }, [t]);

  useEffect(load, [load]);

  function toggle(listId: string, on: boolean) {
    setChosen((current) => (on ? [...current, listId] : current.filter((id) => id !== listId)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    const problems: FieldErrors = {};
    if (!EMAIL_SHAPE.test(address)) problems.email = t('subscribe.emailInvalid');
    if (chosen.length === 0) problems.lists = t('subscribe.listsRequired');
    setFieldErrors(problems);
    setAlert(null);
    if (Object.keys(problems).length) return;
    setSubmitting(true);
    try {
      await subscribe({
        email: address,
        ...(firstName.trim() ? { firstName: firstName.trim() } : {}),
        ...(lastName.trim() ? { lastName: lastName.trim() } : {}),
        language,
        listIds: chosen,
      });
      setSentTo(address);
    } catch (error) {
      setAlert(t(`problems.${refusalKind(error)}`));
      if (error instanceof PublicMailRefused) setFieldErrors(fieldErrorsOf(error.fieldErrors));
    } finally {
      setSubmitting(false);
    }
  }

  function fieldErrorsOf(api: Record<string, string>): FieldErrors {
    const errors: FieldErrors = {};
    for (const [field, message] of Object.entries(api)) {
      if (field === 'email') errors.email = t('subscribe.emailInvalid');
      else if (field === 'listIds' || field.startsWith('listIds.')) errors.lists ??= capitalised(message);
      else if (field === 'firstName' || field === 'lastName' || field === 'language') errors[field] = capitalised(message);
    }
    return errors;
  }

  function startAgain() {
    setSentTo(null);
    setEmail('');
    setFirstName('');
    setLastName('');
    setChosen([]);
  }

  if (sentTo) {
    return (
      <PublicMailPage title={t('subscribe.doneTitle')}>
        <Outcome severity="info">{t('subscribe.doneBody', { email: sentTo })}</Outcome>
        <Button variant="outlined" onClick={startAgain}>
          {t('subscribe.another')}
        </Button>
      </PublicMailPage>
    );
  }

  let content;
  if (loadProblem) content = <ErrorAlert message={loadProblem} onRetry={load} />;
  else if (!lists) content = <LoadingState />;
  else if (lists.length === 0) content = <Typography>{t('subscribe.noLists')}</Typography>;
  else {
    content = (
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('subscribe.title')}>
        <Stack spacing={2.5}>
          <ErrorAlert message={alert} />
          <FormTextField
            label={t('subscribe.email')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <FormTextField label={t('subscribe.firstName')} name="firstName" autoComplete="given-name" fullWidth value={firstName} onChange={setFirstName} error={fieldErrors.firstName} />
            <FormTextField label={t('subscribe.lastName')} name="lastName" autoComplete="family-name" fullWidth value={lastName} onChange={setLastName} error={fieldErrors.lastName} />
          </Stack>
          <FormTextField select label={t('subscribe.language')} name="language" value={language} onChange={setLanguage} error={fieldErrors.language}>
            {SUPPORTED_LANGUAGES.map((option) => (
              <MenuItem key={option} value={option} lang={option}>
                {t(`common:language.${option}`)}
              </MenuItem>
            ))}
          </FormTextField>
          <FormControl component="fieldset" error={Boolean(fieldErrors.lists)} aria-describedby={listsHelpId}>
            <FormLabel component="legend">{t('subscribe.lists')}</FormLabel>
            <FormGroup>
              {lists.map((list) => (
                <FormControlLabel
                  key={list.id}
                  sx={{ alignItems: 'flex-start', mt: 1 }}
                  control={<Checkbox checked={chosen.includes(list.id)} onChange={(event) => toggle(list.id, event.target.checked)} sx={{ mt: -0.75 }} />}
                  label={
                    <Box>
                      <Typography component="span" sx={{ display: 'block', fontWeight: 500 }}>
                        {list.name}
                      </Typography>
                      {list.description ? (
                        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                          {list.description}
                        </Typography>
                      ) : null}
                      {list.doubleOptIn ? (
                        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {t('subscribe.confirmationNeeded')}
                        </Typography>
                      ) : null}
                    </Box>
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText id={listsHelpId}>{fieldErrors.lists ?? t('subscribe.listsHelp')}</FormHelperText>
          </FormControl>
          {lists.some((list) => list.doubleOptIn) ? <Typography variant="body2">{t('subscribe.doubleOptIn')}</Typography> : null}
          <Typography variant="body2" color="text.secondary">
            {t('subscribe.privacy')}
          </Typography>
          <Box>
            <SubmitButton size="large" label={t('subscribe.submit')} submittingLabel={t('subscribe.submitting')} submitting={submitting} />
          </Box>
        </Stack>
      </form>
    );
  }

  return (
    <PublicMailPage title={t('subscribe.title')}>
      <Typography sx={{ mb: 3 }}>{t('subscribe.intro')}</Typography>
      {content}
    </PublicMailPage>
  );
}
