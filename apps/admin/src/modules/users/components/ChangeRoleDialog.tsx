import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { Role } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CHANGE_USER_ROLE_MUTATION } from '../graphql/change-user-role.mutation';
import { RoleSelect } from './RoleSelect';

export interface ChangeRoleDialogProps {
  user: { id: string; name: string; role: Role };
  onClose: () => void;
  onChanged: (role: Role) => void;
}

/** Mounted per user (key it by id), so it always starts from that user's current role. */
export function ChangeRoleDialog({ user, onClose, onChanged }: ChangeRoleDialogProps) {
  const { t } = useTranslation(['users', 'common']);
  const titleId = useId();
  const [role, setRole] = useState<Role>(user.role);
  const { fieldErrors, alert, attempt } = useApiProblem(['role']);
  const [changeUserRole, { loading }] = useMutation(CHANGE_USER_ROLE_MUTATION);

  async function submit() {
    await attempt(async () => {
      await changeUserRole({ variables: { input: { userId: user.id, role } } });
      onChanged(role);
    });
  }

  return (
    <Dialog open onClose={loading ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('changeRoleDialog.title', { name: user.name })}</DialogTitle>
      <DialogContent>
        <ErrorAlert message={alert} />
        <RoleSelect label={t('changeRoleDialog.role')} value={role} onChange={setRole} error={fieldErrors.role} />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={loading}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void submit()} loading={loading} disabled={role === user.role}>
          {t('changeRoleDialog.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
