import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { UsersQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { formatDateTime } from '../../../ui/formatDateTime';
import { UserRowActions, type UserRowAction } from './UserRowActions';
import { UserStatusChip } from './UserStatusChip';

export type UserRow = UsersQuery['users']['edges'][number]['node'];

export interface UsersTableProps {
  users: readonly UserRow[];
  currentUserId: string;
  onAction: (user: UserRow, action: UserRowAction) => void;
}

export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation(['users', 'common']);
  return (
    <Table aria-label={t('table.label')} size="medium">
      <TableHead>
        <TableRow>
          <TableCell>{t('table.name')}</TableCell>
          <TableCell>{t('table.email')}</TableCell>
          <TableCell>{t('table.role')}</TableCell>
          <TableCell>{t('table.status')}</TableCell>
          <TableCell>{t('table.lastSignIn')}</TableCell>
          <TableCell align="right">{t('table.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {users.length === 0 ? (
          <EmptyTableRow columns={6} message={t('table.empty')} />
        ) : (
          users.map((user) => {
            const isSelf = user.id === currentUserId;
            return (
              <TableRow key={user.id} hover>
                <TableCell component="th" scope="row">
                  {user.name}
                  {isSelf ? (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {` (${t('table.you')})`}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{user.email}</TableCell>
                <TableCell>{t(`common:roles.${user.role}`)}</TableCell>
                <TableCell>
                  <UserStatusChip status={user.status} />
                </TableCell>
                <TableCell>
                  {user.lastSignInAt ? formatDateTime(user.lastSignInAt, i18n.language) : t('table.never')}
                </TableCell>
                <TableCell align="right">
                  <UserRowActions
                    name={user.name}
                    status={user.status}
                    isSelf={isSelf}
                    onAction={(action) => onAction(user, action)}
                  />
                </TableCell>
              </TableRow>
            );
          })
        )}
      </TableBody>
    </Table>
  );
}
