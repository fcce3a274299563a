import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { MailingListFieldsFragment } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { CREATE_MAILING_LIST_MUTATION } from '../graphql/create-mailing-list.mutation';
import { UPDATE_MAILING_LIST_MUTATION } from '../graphql/update-mailing-list.mutation';

const FIELDS = ['name', 'description', 'doubleOptIn', 'isPublic'] as const;

export interface MailingListDialogProps {
  /** The list edited; none for a new one. */
  list?: MailingListFieldsFragment;
  onClose: () => void;
  onSaved: (list: MailingListFieldsFragment) => void;
}

/** A list's name, description, and whether people subscribing themselves confirm first and may find it. */
export function MailingListDialog({ list, onClose, onSaved }: MailingListDialogProps) {
  const { t } = useTranslation('mailings');
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [doubleOptIn, setDoubleOptIn] = useState(list?.doubleOptIn ?? true);
  const [isPublic, setIsPublic] = useState(list?.isPublic ?? false);
  const doubleOptInHelpId = useId();
  const publicHelpId = useId();
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const [createList, created] = useMutation(CREATE_MAILING_LIST_MUTATION);
  const [updateList, updated] = useMutation(UPDATE_MAILING_LIST_MUTATION);

  function submit() {
    const fields = { name: name.trim(), description: description.trim() || null, doubleOptIn, isPublic };
    void attempt(async () => {
      if (list) {
        const { data } = await updateList({ variables: { input: { id: list.id, ...fields } } });
        if (data) onSaved(data.updateMailingList);
      } else {
        const { data } = await createList({ variables: { input: fields }, refetchQueries: ['MailingLists'] });
        if (data) onSaved(data.createMailingList);
      }
    });
  }

  return (
    <FormDialog
      title={list ? t('lists.editTitle', { name: list.name }) : t('lists.newTitle')}
      alert={alert}
      submitting={created.loading || updated.loading}
      submitLabel={list ? t('lists.save') : t('lists.create')}
      submittingLabel={t('lists.saving')}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormTextField label={t('lists.name')} required autoFocus value={name} onChange={setName} error={fieldErrors.name} />
      <FormTextField
        label={t('lists.description')}
        multiline
        minRows={2}
        value={description}
        onChange={setDescription}
        error={fieldErrors.description}
        helperText={t('lists.descriptionHelp')}
      />
      <Stack>
        <FormControlLabel
          control={
            <Switch
              checked={doubleOptIn}
              onChange={(event) => setDoubleOptIn(event.target.checked)}
              slotProps={{ input: { 'aria-describedby': doubleOptInHelpId } }}
            />
          }
          label={t('lists.doubleOptIn')}
        />
        <FormHelperText id={doubleOptInHelpId} error={Boolean(fieldErrors.doubleOptIn)} sx={{ mt: 0 }}>
          {fieldErrors.doubleOptIn ?? t('lists.doubleOptInHelp')}
        </FormHelperText>
      </Stack>
      <Stack>
        <FormControlLabel
          control={
            <Switch
              checked={isPublic}
              onChange={(event) => setIsPublic(event.target.checked)}
              slotProps={{ input: { 'aria-describedby': publicHelpId } }}
            />
          }
          label={t('lists.isPublic')}
        />
        <FormHelperText id={publicHelpId} error={Boolean(fieldErrors.isPublic)} sx={{ mt: 0 }}>
          {fieldErrors.isPublic ?? t('lists.isPublicHelp')}
        </FormHelperText>
      </Stack>
    </FormDialog>
  );
}
