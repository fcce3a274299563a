import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { AudienceRuleInput, Language, MailingFieldsFragment, MailingTranslationInput } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormTextField } from '../../../ui/FormTextField';
import { SubmitButton } from '../../../ui/SubmitButton';
import { completeRuleInput, newAudienceTree, storedToInput, toRuleInput, type RecordChoice } from '../audienceTree';
import { AUDIENCE_QUERY } from '../graphql/audience.query';
import { CREATE_AUDIENCE_MUTATION } from '../graphql/create-audience.mutation';
import { AudienceChooser, type AudienceChoice } from './AudienceChooser';
import { MAILING_LANGUAGES, MailingTranslationsEditor, type TranslationErrors, type TranslationTexts } from './MailingTranslationsEditor';
import { MailingCampaignAutocomplete, MailingListAutocomplete } from './MailingPickers';
import { RecipientCount } from './RecipientCount';

/** A mailing as the API takes it on create and update. */
export interface MailingInputValues {
  name: string;
  listId: string;
  audienceId: string | null;
  campaignId: string | null;
  trackingEnabled: boolean;
  translations: MailingTranslationInput[];
}

/** The records a draft names by id, looked up before the form opens. */
export interface MailingFormStart {
  list: RecordChoice | null;
  audience: RecordChoice | null;
  campaign: RecordChoice | null;
}

export interface MailingFormProps {
  /** The draft edited; none for a new one. */
  mailing?: MailingFieldsFragment;
  start: MailingFormStart;
  /** Saves and goes on (to the mailing); throws the API's error, shown under the fields it names. */
  save: (input: MailingInputValues) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

// Translations are sent English first, then French, leaving out an empty French: their errors come back by position.
const FIELDS = [
  'name',
  'listId',
  'audienceId',
  'campaignId',
  'trackingEnabled',
  'translations',
  'translations.0.subject',
  'translations.0.body',
  'translations.1.subject',
  'translations.1.body',
] as const;

function startingTexts(mailing: MailingFieldsFragment | undefined): TranslationTexts {
  const text = (language: Language) => {
    const found = mailing?.translations.find((translation) => translation.language === language);
    return { subject: found?.subject ?? '', body: found?.body ?? '' };
  };
  return { EN: text('EN'), FR: text('FR') };
}

/** The languages sent: English always (the fallback), others once something is written in them. */
function translationsToSend(texts: TranslationTexts): MailingTranslationInput[] {
  return MAILING_LANGUAGES.filter((language) => language === 'EN' || texts[language].subject.trim() || texts[language].body.trim()).map(
    (language) => ({ language, subject: texts[language].subject.trim(), body: texts[language].body }),
  );
}

/**
 * Composes a draft: its name, list, audience (a saved one, or one built here and saved), campaign,
 * tracking, and subject and body per language with a live preview, and says live how many people it would reach.
 */
export function MailingForm({ mailing, start, save, submitting, cancelTo }: MailingFormProps) {
  const { t } = useTranslation(['mailings', 'common']);
  const trackingHelpId = useId();
  const [name, setName] = useState(mailing?.name ?? '');
  const [list, setList] = useState<RecordChoice | null>(start.list);
  const [campaign, setCampaign] = useState<RecordChoice | null>(start.campaign);
  const [trackingEnabled, setTrackingEnabled] = useState(mailing?.trackingEnabled ?? false);
  const [texts, setTexts] = useState<TranslationTexts>(() => startingTexts(mailing));
  const [audience, setAudience] = useState<AudienceChoice>(() => ({
    mode: start.audience ? 'saved' : 'new',
    saved: start.audience,
    newName: '',
    tree: newAudienceTree(),
  }));
  /** A new audience still as it started takes the chosen list as its first rule: the usual "everyone on the list". */
  const chooseList = (chosen: RecordChoice | null) => {
    setList(chosen);
    const [only] = audience.tree.children;
    if (chosen && audience.mode === 'new' && audience.tree.children.length === 1 && only?.type === 'rule' && only.kind === 'LISTS' && only.lists.length === 0) {
      setAudience({ ...audience, tree: { ...audience.tree, children: [{ ...only, lists: [chosen] }] } });
    }
  };
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const audienceProblem = useApiProblem(['name', 'rule'] as const);
  const [createAudience, { loading: creatingAudience }] = useMutation(CREATE_AUDIENCE_MUTATION);
  const [checked, setChecked] = useState(false);
  const isNew = !mailing;

  const savedAudience = useQuery(AUDIENCE_QUERY, {
    variables: { id: audience.saved?.id ?? '' },
    skip: audience.mode !== 'saved' || !audience.saved,
  });
  const savedRule = savedAudience.data?.audience?.rule;
  const countRule: AudienceRuleInput | null =
    audience.mode === 'saved' ? (savedRule && audience.saved ? storedToInput(savedRule) : null) : completeRuleInput(audience.tree);

  // Mistakes the form finds itself, shown once a save was tried.
  const ownErrors = {
    name: name.trim() ? undefined : t('composer.errors.name'),
    listId: list ? undefined : t('composer.errors.list'),
    audienceId: audience.mode === 'saved' && !audience.saved ? t('composer.errors.audience') : undefined,
    newName: audience.mode === 'new' && !audience.newName.trim() ? t('composer.errors.audienceName') : undefined,
    newRule: audience.mode === 'new' && !completeRuleInput(audience.tree) ? t('composer.errors.audienceRule') : undefined,
  };
  const shown = (own: string | undefined) => (checked ? own : undefined);

  const translationErrors: Partial<Record<Language, TranslationErrors>> = {};
  translationsToSend(texts).forEach((translation, index) => {
    const at = index as 0 | 1;
    translationErrors[translation.language] = {
      subject: fieldErrors[`translations.${at}.subject`],
      body: fieldErrors[`translations.${at}.body`],
    };
  });

  /** Saves the audience being built and chooses it: saving the draft again then does not make a second one. */
  async function saveNewAudience(): Promise<RecordChoice | null> {
    setChecked(true);
    if (ownErrors.newName || ownErrors.newRule) return null;
    let created: RecordChoice | null = null;
    await audienceProblem.attempt(async () => {
      const { data } = await createAudience({ variables: { input: { name: audience.newName.trim(), rule: toRuleInput(audience.tree) } } });
      if (data) created = { id: data.createAudience.id, name: data.createAudience.name };
    });
    if (created) setAudience({ ...audience, mode: 'saved', saved: created });
    return created;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (ownErrors.name || ownErrors.listId || ownErrors.audienceId || ownErrors.newName || ownErrors.newRule || !list) return;
    let audienceId: string | null = audience.mode === 'saved' ? (audience.saved?.id ?? null) : null;
    if (audience.mode === 'new') {
      const created = await saveNewAudience();
      if (!created) return;
      audienceId = created.id;
    }
    void attempt(() =>
      save({
        name: name.trim(),
        listId: list.id,
        audienceId,
        campaignId: campaign?.id ?? null,
        trackingEnabled,
        translations: translationsToSend(texts),
      }),
    );
  }

  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ p: { xs: 2, sm: 3 }, maxWidth: 1240 }}>
      <ErrorAlert message={alert ?? audienceProblem.alert} />
      <Stack spacing={4}>
        <FormSection title={t('composer.sections.about')}>
          <FormTextField
            label={t('composer.name')}
            required
            autoFocus
            value={name}
            onChange={setName}
            error={fieldErrors.name ?? shown(ownErrors.name)}
            helperText={t('composer.nameHelp')}
          />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <MailingListAutocomplete
              label={t('composer.list')}
              required
              value={list}
              onChange={chooseList}
              error={fieldErrors.listId ?? shown(ownErrors.listId)}
              helperText={t('composer.listHelp')}
              sx={{ flex: 1 }}
            />
            <MailingCampaignAutocomplete
              label={t('composer.campaign')}
              value={campaign}
              onChange={setCampaign}
              error={fieldErrors.campaignId}
              helperText={t('composer.campaignHelp')}
              sx={{ flex: 1 }}
            />
          </Stack>
          <Box>
            <FormControlLabel
              control={
                <Switch
                  checked={trackingEnabled}
                  onChange={(event) => setTrackingEnabled(event.target.checked)}
                  slotProps={{ input: { 'aria-describedby': trackingHelpId } }}
                />
              }
              label={t('composer.tracking')}
            />
            <Typography id={trackingHelpId} variant="body2" color="text.secondary">
              {t('composer.trackingHelp')}
            </Typography>
          </Box>
        </FormSection>
        <Divider />
        <FormSection title={t('composer.sections.audience')}>
          <AudienceChooser
            value={audience}
            onChange={setAudience}
            onSaveNew={() => void saveNewAudience()}
            savingNew={creatingAudience}
            errors={{
              audienceId: fieldErrors.audienceId ?? shown(ownErrors.audienceId),
              newName: audienceProblem.fieldErrors.name ?? shown(ownErrors.newName),
            }}
          />
          {audienceProblem.fieldErrors.rule ? <ErrorAlert message={audienceProblem.fieldErrors.rule} /> : null}
          {shown(ownErrors.newRule) ? <Typography color="error">{ownErrors.newRule}</Typography> : null}
          <RecipientCount listId={list?.id ?? null} rule={countRule} />
        </FormSection>
        <Divider />
        <FormSection title={t('composer.sections.message')}>
          <MailingTranslationsEditor value={texts} onChange={setTexts} errors={translationErrors} />
        </FormSection>
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ mt: 4, justifyContent: 'flex-end' }}>
        <Button component={RouterLink} to={cancelTo} disabled={submitting}>
          {t('common:actions.cancel')}
        </Button>
        <SubmitButton
          label={isNew ? t('composer.create') : t('composer.save')}
          submittingLabel={t('composer.saving')}
          submitting={submitting || creatingAudience}
        />
      </Stack>
    </Paper>
  );
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2.5}>
      <Typography id={headingId} variant="h2">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
