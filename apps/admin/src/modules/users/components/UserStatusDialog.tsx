import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { Role } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DISABLE_USER_MUTATION } from '../graphql/disable-user.mutation';
import { ENABLE_USER_MUTATION } from '../graphql/enable-user.mutation';

export interface UserStatusDialogProps {
  user: { id: string; name: string; role: Role };
  /** `disable` signs the person out everywhere; `enable` lets them sign in again. */
  action: 'disable' | 'enable';
  onClose: () => void;
  onDone: () => void;
}

/** Asks before disabling or enabling an account: disabling ends every session at once. */
export function UserStatusDialog({ user, action, onClose, onDone }: UserStatusDialogProps) {
  const { t } = useTranslation(['users', 'common']);
  const { alert, attempt } = useApiProblem([]);
  const options = { variables: { userId: user.id } };
  const [disableUser, disabling] = useMutation(DISABLE_USER_MUTATION, options);
  const [enableUser, enabling] = useMutation(ENABLE_USER_MUTATION, options);
  const busy = disabling.loading || enabling.loading;
  const copy = action === 'disable' ? 'disableDialog' : 'enableDialog';

  async function confirm() {
    await attempt(async () => {
      await (action === 'disable' ? disableUser() : enableUser());
      onDone();
    });
  }

  return (
    <ConfirmDialog
      open
      title={t(`${copy}.title`, { name: user.name })}
      body={t(`${copy}.body`, { name: user.name, role: t(`common:roles.${user.role}`) })}
      confirmLabel={t(`${copy}.confirm`)}
      destructive={action === 'disable'}
      busy={busy}
      error={alert}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
