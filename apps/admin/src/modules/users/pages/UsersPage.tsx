import { useMutation } from '@apollo/client/react';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem } from '../../../app/graphql/api-errors';
import { useApiProblemText } from '../../../app/graphql/useApiProblemText';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import type { UsersFilter } from '../../../gql/graphql';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ChangeRoleDialog } from '../components/ChangeRoleDialog';
import { InviteUserDialog } from '../components/InviteUserDialog';
import type { UserRowAction } from '../components/UserRowActions';
import { UsersFilters, type UsersFilterValues } from '../components/UsersFilters';
import { UsersTable, type UserRow } from '../components/UsersTable';
import { UserStatusDialog } from '../components/UserStatusDialog';
import { RESEND_INVITATION_MUTATION } from '../graphql/resend-invitation.mutation';
import { USERS_QUERY } from '../graphql/users.query';

type OpenDialog = { user: UserRow; action: Exclude<UserRowAction, 'resendInvitation'> } | null;

/** Coordinators: who can sign in, invitations, roles, and disabling accounts. */
export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  const describe = useApiProblemText();
  const currentUser = useCurrentUser();
  const [filters, setFilters] = useState<UsersFilterValues>({ search: '', role: null, status: null });
  const { search } = filters;
  const [inviteOpen, setInviteOpen] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [resendInvitation] = useMutation(RESEND_INVITATION_MUTATION);

  const filter: UsersFilter = {
    ...(search ? { search } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const users = useCursorPagedQuery(USERS_QUERY, { filter, connectionOf: (data) => data.users });
  // After a change the list may no longer match its filters (a new role, a disabled account) or its count:
  // ask again rather than patch the cache by hand.
  const refreshList = users.refetch;

  async function onRowAction(user: UserRow, action: UserRowAction) {
    if (action !== 'resendInvitation') {
      setDialog({ user, action });
      return;
    }
    try {
      await resendInvitation({ variables: { userId: user.id } });
      setNotice({ severity: 'success', text: t('resent', { email: user.email }) });
    } catch (resendError) {
      setNotice({ severity: 'error', text: describe(readApiProblem(resendError), []).alert ?? '' });
    }
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <Button variant="contained" startIcon={<PersonAddOutlined aria-hidden />} onClick={() => setInviteOpen(true)}>
            {t('invite')}
          </Button>
        }
      />
      <UsersFilters value={filters} onChange={setFilters} />
      <CursorPagedTable list={users}>
        {(rows) => (
          <UsersTable
            users={rows}
            currentUserId={currentUser.id}
            onAction={(user, action) => void onRowAction(user, action)}
          />
        )}
      </CursorPagedTable>

      <InviteUserDialog
        open={inviteOpen}
        onClose={() => setInviteOpen(false)}
        onInvited={(user) => {
          setInviteOpen(false);
          refreshList();
          setNotice({ severity: 'success', text: t('inviteDialog.sent', { email: user.email }) });
        }}
      />
      {dialog?.action === 'changeRole' ? (
        <ChangeRoleDialog
          key={dialog.user.id}
          user={dialog.user}
          onClose={() => setDialog(null)}
          onChanged={(role) => {
            refreshList();
            setNotice({
              severity: 'success',
              text: t('changeRoleDialog.done', { name: dialog.user.name, role: t(`common:roles.${role}`) }),
            });
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.action === 'disable' || dialog?.action === 'enable' ? (
        <UserStatusDialog
          key={`${dialog.user.id}-${dialog.action}`}
          user={dialog.user}
          action={dialog.action}
          onClose={() => setDialog(null)}
          onDone={() => {
            refreshList();
            const copy = dialog.action === 'disable' ? 'disableDialog' : 'enableDialog';
            setNotice({ severity: 'success', text: t(`${copy}.done`, { name: dialog.user.name }) });
            setDialog(null);
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

