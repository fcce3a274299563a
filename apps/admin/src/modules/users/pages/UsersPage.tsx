import { useMutation, useQuery } from '@apollo/client/react';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem } from '../../../app/graphql/api-errors';
import { useApiProblemText } from '../../../app/graphql/useApiProblemText';
import type { UsersFilter } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCursorPages } from '../../../ui/useCursorPages';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ChangeRoleDialog } from '../components/ChangeRoleDialog';
import { InviteUserDialog } from '../components/InviteUserDialog';
import type { UserRowAction } from '../components/UserRowActions';
import { UsersFilters, type UsersFilterValues } from '../components/UsersFilters';
import { UsersTable, type UserRow } from '../components/UsersTable';
import { UserStatusDialog } from '../components/UserStatusDialog';
import { RESEND_INVITATION_MUTATION } from '../graphql/resend-invitation.mutation';
import { USERS_QUERY } from '../graphql/users.query';

const PAGE_SIZES = [25, 50, 100];

type OpenDialog = { user: UserRow; action: Exclude<UserRowAction, 'resendInvitation'> } | null;

/** Coordinators: who can sign in, invitations, roles, and disabling accounts. */
export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  const describe = useApiProblemText();
  const currentUser = useCurrentUser();
  const [filters, setFilters] = useState<UsersFilterValues>({ search: '', role: null, status: null });
  const search = useDebouncedValue(filters.search.trim());
  const [inviteOpen, setInviteOpen] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [resendInvitation] = useMutation(RESEND_INVITATION_MUTATION);

  const filter: UsersFilter = {
    ...(search ? { search } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const pages = useCursorPages(PAGE_SIZES[0], JSON.stringify(filter));

  const { data, previousData, loading, error, refetch } = useQuery(USERS_QUERY, {
    variables: { first: pages.pageSize, after: pages.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous page on screen while the next one loads, instead of flashing an empty table.
  const connection = (data ?? previousData)?.users;
  // After a change the list may no longer match its filters (a new role, a disabled account) or its count:
  // ask again rather than patch the cache by hand.
  const refreshList = () => void refetch();

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
      {error ? (
        <ErrorAlert message={describe(readApiProblem(error), []).alert} onRetry={() => void refetch()} />
      ) : null}
      <Paper variant="outlined">
        {loading ? <LinearProgress aria-label={t('common:loading')} /> : null}
        <TableContainer>
          {connection ? (
            <UsersTable
              users={connection.edges.map((edge) => edge.node)}
              currentUserId={currentUser.id}
              onAction={(user, action) => void onRowAction(user, action)}
            />
          ) : null}
        </TableContainer>
        {connection ? (
          <TablePagination
            component="div"
            count={connection.totalCount}
            page={pages.page}
            rowsPerPage={pages.pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_event, page) => pages.goTo(page, connection.pageInfo.endCursor)}
            onRowsPerPageChange={(event) => pages.setPageSize(Number(event.target.value))}
          />
        ) : null}
      </Paper>

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
      <Snackbar
        open={Boolean(notice)}
        autoHideDuration={6000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)}>
            {notice.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}

