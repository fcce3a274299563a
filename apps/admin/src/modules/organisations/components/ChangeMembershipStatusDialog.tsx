import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { MembershipStatus } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { CHANGE_MEMBERSHIP_STATUS_MUTATION } from '../graphql/change-membership-status.mutation';
import { MEMBERSHIP_STATUSES } from '../organisationOptions';

const FIELDS = ['status', 'memberSince', 'note'] as const;

export interface ChangeMembershipStatusDialogProps {
  organisation: { id: string; name: string; membershipStatus: MembershipStatus };
  onClose: () => void;
  onChanged: (status: MembershipStatus) => void;
}

/** Coordinators: records a dated change of membership status, with the date membership began when joining. */
export function ChangeMembershipStatusDialog({ organisation, onClose, onChanged }: ChangeMembershipStatusDialogProps) {
  const { t } = useTranslation('organisations');
  // The status when the dialog opened: once changed, the record's new status must not change the choices under it.
  const [current] = useState(organisation.membershipStatus);
  const choices = MEMBERSHIP_STATUSES.filter((status) => status !== current);
  const [status, setStatus] = useState<MembershipStatus>(choices[0] ?? 'ACTIVE');
  const [memberSince, setMemberSince] = useState('');
  const [note, setNote] = useState('');
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const [changeStatus, { loading }] = useMutation(CHANGE_MEMBERSHIP_STATUS_MUTATION);

  async function submit() {
    await attempt(async () => {
      const joining = status === 'ACTIVE' && memberSince !== '';
      await changeStatus({
        variables: {
          input: {
            organisationId: organisation.id,
            status,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(joining ? { memberSince } : {}),
          },
        },
      });
      onChanged(status);
    });
  }

  return (
    <FormDialog
      title={t('statusDialog.title', { name: organisation.name })}
      intro={t('statusDialog.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('statusDialog.submit')}
      submittingLabel={t('statusDialog.submitting')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormTextField
        select
        required
        label={t('statusDialog.status')}
        value={status}
        onChange={(value) => setStatus(value as MembershipStatus)}
        error={fieldErrors.status}
      >
        {choices.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`statuses.${choice}`)}
          </MenuItem>
        ))}
      </FormTextField>
      {status === 'ACTIVE' ? (
        <FormTextField
          type="date"
          label={t('statusDialog.memberSince')}
          value={memberSince}
          onChange={setMemberSince}
          error={fieldErrors.memberSince}
          helperText={t('statusDialog.memberSinceHelp')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      ) : null}
      <FormTextField
        multiline
        minRows={2}
        label={t('statusDialog.note')}
        value={note}
        onChange={setNote}
        error={fieldErrors.note}
        helperText={t('statusDialog.noteHelp')}
      />
    </FormDialog>
  );
}
