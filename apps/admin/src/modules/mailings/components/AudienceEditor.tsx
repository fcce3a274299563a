import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { AudienceRuleInput } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormTextField } from '../../../ui/FormTextField';
import { SubmitButton } from '../../../ui/SubmitButton';
import { completeRuleInput, type AudienceGroup, type RecordChoice } from '../audienceTree';
import { AudienceBuilder } from './audience/AudienceBuilder';
import { MailingListAutocomplete } from './MailingPickers';
import { RecipientCount } from './RecipientCount';

export interface AudienceEditorProps {
  initialName: string;
  initialTree: AudienceGroup;
  /** Saves and goes on; throws the API's error. Absent for those who may only try rules out. */
  save?: (input: { name: string; rule: AudienceRuleInput }) => Promise<void>;
  submitting: boolean;
  isNew: boolean;
  cancelTo: string;
}

/** An audience's name and rules, with the live count on a list chosen for the purpose. */
export function AudienceEditor({ initialName, initialTree, save, submitting, isNew, cancelTo }: AudienceEditorProps) {
  const { t } = useTranslation(['mailings', 'common']);
  const [name, setName] = useState(initialName);
  const [tree, setTree] = useState(initialTree);
  const [countList, setCountList] = useState<RecordChoice | null>(null);
  const [checked, setChecked] = useState(false);
  const { fieldErrors, alert, attempt } = useApiProblem(['name', 'rule'] as const);
  const rule = completeRuleInput(tree);
  const nameError = checked && !name.trim() ? t('audiences.errors.name') : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!save || !name.trim() || !rule) return;
    void attempt(() => save({ name: name.trim(), rule }));
  }

  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2, sm: 3 }, maxWidth: 1100 }}>
      <ErrorAlert message={alert ?? fieldErrors.rule ?? null} />
      <Stack spacing={3}>
        {save ? null : <Typography color="text.secondary">{t('audiences.readOnly')}</Typography>}
        <FormTextField
          label={t('audiences.name')}
          required
          value={name}
          onChange={setName}
          error={fieldErrors.name ?? nameError}
          slotProps={{ htmlInput: { readOnly: !save } }}
        />
        <AudienceBuilder value={tree} onChange={setTree} />
        {checked && !rule ? <Typography color="error">{t('composer.errors.audienceRule')}</Typography> : null}
        <Stack spacing={1.5}>
          <MailingListAutocomplete label={t('audiences.countList')} value={countList} onChange={setCountList} helperText={t('audiences.countListHelp')} />
          <RecipientCount listId={countList?.id ?? null} rule={rule} />
        </Stack>
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ mt: 4, justifyContent: 'flex-end' }}>
        <Button component={RouterLink} to={cancelTo} disabled={submitting}>
          {save ? t('common:actions.cancel') : t('common:actions.back')}
        </Button>
        {save ? (
          <SubmitButton label={isNew ? t('audiences.create') : t('audiences.save')} submittingLabel={t('audiences.saving')} submitting={submitting} />
        ) : null}
      </Stack>
    </Paper>
  );
}
