import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem, type ApiProblem } from '../../../app/graphql/api-errors';
import { useApiProblemText } from '../../../app/graphql/useApiProblemText';
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
  const describe = useApiProblemText();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const options = { variables: { userId: user.id } };
  const [disableUser, disabling] = useMutation(DISABLE_USER_MUTATION, options);
  const [enableUser, enabling] = useMutation(ENABLE_USER_MUTATION, options);
  const busy = disabling.loading || enabling.loading;
  const copy = action === 'disable' ? 'disableDialog' : 'enableDialog';

  async function confirm() {
    setProblem(null);
    try {
      await (action === 'disable' ? disableUser() : enableUser());
      onDone();
    } catch (error) {
      setProblem(readApiProblem(error));
    }
  }

  return (
    <ConfirmDialog
      open
      title={t(`${copy}.title`, { name: user.name })}
      body={t(`${copy}.body`, { name: user.name, role: t(`common:roles.${user.role}`) })}
      confirmLabel={t(`${copy}.confirm`)}
      destructive={action === 'disable'}
      busy={busy}
      error={describe(problem, []).alert}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
