import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { SubmitButton } from '../../../ui/SubmitButton';
import { fetchPreferences, savePreferences, unsubscribeFromMailList, type Preferences, type RefusalKind } from '../api/publicMailApi';
import { LinkProblem, Outcome, PublicMailPage, refusalKind } from '../components/PublicMailPage';

type Done = { kind: 'saved' | 'leftAll'; at: number } | { kind: 'unsubscribed'; list: string; at: number };

const fullWidthOnPhones = { width: { xs: '100%', sm: 'auto' } } as const;

/**
 * /preferences?token=...: what an address receives, reached from every mail without signing in. With
 * `unsubscribe=1` (the List-Unsubscribe link opened in a browser) it leads with leaving the mail's list.
 */
export function PreferencesPage() {
  const { t } = useTranslation('mailPreferences');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const wantsToUnsubscribe = searchParams.get('unsubscribe') === '1';
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [loadProblem, setLoadProblem] = useState<RefusalKind | null>(null);
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'leaveAll' | 'unsubscribe' | null>(null);
  const [confirmingLeaveAll, setConfirmingLeaveAll] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const unsubscribeHeadingId = useId();

  const show = useCallback((next: Preferences) => {
    setPreferences(next);
    setChosen(next.lists.filter((list) => list.subscribed).map((list) => list.id));
  }, []);

  const load = useCallback(() => {
    if (!token) return;
    setLoadProblem(null);
    fetchPreferences(token)
      .then(show)
      .catch((error: unknown) => setLoadProblem(refusalKind(error)));
  }, [token, show]);

  useEffect(load, [load]);

  async function act(kind: 'save' | 'leaveAll' | 'unsubscribe', work: () => Promise<Preferences>, outcome: Done) {
    setBusy(kind);
    setActionProblem(null);
    try {
      show(await work());
      setDone(outcome);
      return true;
    } catch (error) {
      setActionProblem(t(`problems.${refusalKind(error)}`));
      return false;
    } finally {
      setBusy(null);
    }
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void act('save', () => savePreferences(token, chosen), { kind: 'saved', at: Date.now() });
  }

  async function leaveAll() {
    if (await act('leaveAll', () => savePreferences(token, [], true), { kind: 'leftAll', at: Date.now() })) setConfirmingLeaveAll(false);
  }

  function unsubscribe(listName: string) {
    void act(
      'unsubscribe',
      async () => {
        await unsubscribeFromMailList(token);
        return fetchPreferences(token);
      },
      { kind: 'unsubscribed', list: listName, at: Date.now() },
    );
  }

  const title = t('preferences.title');
  if (!token) {
    return (
      <PublicMailPage title={title}>
        <LinkProblem body={t('preferences.missingToken')} />
      </PublicMailPage>
    );
  }
  if (loadProblem === 'LINK_INVALID') {
    return (
      <PublicMailPage title={title}>
        <LinkProblem body={t('problems.LINK_INVALID')} />
      </PublicMailPage>
    );
  }
  if (loadProblem || !preferences) {
    return <PublicMailPage title={title}>{loadProblem ? <ErrorAlert message={t(`problems.${loadProblem}`)} onRetry={load} /> : <LoadingState />}</PublicMailPage>;
  }

  const fromList = preferences.lists.find((list) => list.id === preferences.fromListId);
  const offerUnsubscribe = wantsToUnsubscribe && fromList?.subscribed && done?.kind !== 'unsubscribed';

  return (
    <PublicMailPage title={title}>
      {done ? (
        <Outcome key={done.at}>
          {done.kind === 'unsubscribed' ? t('preferences.unsubscribed', { list: done.list }) : done.kind === 'leftAll' ? t('preferences.leftAll') : t('preferences.saved')}
        </Outcome>
      ) : null}
      <ErrorAlert message={confirmingLeaveAll ? null : actionProblem} />
      {offerUnsubscribe && fromList ? (
        <Paper variant="outlined" component="section" aria-labelledby={unsubscribeHeadingId} sx={{ p: { xs: 2, sm: 3 }, mb: 4, borderColor: 'primary.main' }}>
          <Typography id={unsubscribeHeadingId} variant="h2" gutterBottom>
            {t('preferences.unsubscribeTitle', { list: fromList.name })}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('preferences.unsubscribeBody')}</Typography>
          <Button variant="contained" size="large" loading={busy === 'unsubscribe'} onClick={() => unsubscribe(fromList.name)} sx={fullWidthOnPhones}>
            {busy === 'unsubscribe' ? t('preferences.unsubscribing') : t('preferences.unsubscribe', { list: fromList.name })}
          </Button>
        </Paper>
      ) : null}
      <Typography sx={{ mb: 2 }}>{t('preferences.intro', { email: preferences.email })}</Typography>
      {preferences.suppressed && done?.kind !== 'leftAll' ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('preferences.suppressed')}
        </Alert>
      ) : null}
      <form noValidate onSubmit={save} aria-label={title}>
        <Stack spacing={3}>
          {preferences.lists.length === 0 ? (
            <Typography>{t('preferences.noLists')}</Typography>
          ) : (
            <FormControl component="fieldset">
              <FormLabel component="legend">{t('preferences.lists')}</FormLabel>
              <FormGroup>
                {preferences.lists.map((list) => (
                  <FormControlLabel
                    key={list.id}
                    sx={{ alignItems: 'flex-start', mt: 1.5 }}
                    control={
                      <Switch
                        checked={chosen.includes(list.id)}
                        onChange={(event) => setChosen((current) => (event.target.checked ? [...current, list.id] : current.filter((id) => id !== list.id)))}
                        sx={{ mt: -0.75 }}
                      />
                    }
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
                      </Box>
                    }
                  />
                ))}
              </FormGroup>
            </FormControl>
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
            <SubmitButton label={t('preferences.save')} submittingLabel={t('preferences.saving')} submitting={busy === 'save'} />
            <Button variant="outlined" color="error" onClick={() => setConfirmingLeaveAll(true)}>
              {t('preferences.leaveAll')}
            </Button>
          </Stack>
        </Stack>
      </form>
      <ConfirmDialog
        open={confirmingLeaveAll}
        title={t('preferences.leaveAllTitle')}
        body={t('preferences.leaveAllBody', { email: preferences.email })}
        confirmLabel={t('preferences.leaveAll')}
        destructive
        busy={busy === 'leaveAll'}
        error={confirmingLeaveAll ? actionProblem : null}
        onConfirm={() => void leaveAll()}
        onClose={() => setConfirmingLeaveAll(false)}
      />
    </PublicMailPage>
  );
}
