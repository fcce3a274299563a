import MoreVertOutlined from '@mui/icons-material/MoreVertOutlined';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../../gql/graphql';

export type UserRowAction = 'changeRole' | 'disable' | 'enable' | 'resendInvitation';

export interface UserRowActionsProps {
  name: string;
  status: UserStatus;
  /** Coordinators cannot demote or disable themselves here, so the alliance is never left without one by mistake. */
  isSelf: boolean;
  onAction: (action: UserRowAction) => void;
}

export function UserRowActions({ name, status, isSelf, onAction }: UserRowActionsProps) {
  const { t } = useTranslation('users');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  const actions: UserRowAction[] = ['changeRole'];
  if (status === 'INVITED') actions.push('resendInvitation');
  actions.push(status === 'DISABLED' ? 'enable' : 'disable');

  function choose(action: UserRowAction) {
    setAnchor(null);
    onAction(action);
  }

  return (
    <>
      <IconButton
        aria-label={t('rowActions.open', { name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVertOutlined />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {actions.map((action) => (
          <MenuItem
            key={action}
            onClick={() => choose(action)}
            disabled={isSelf && action !== 'resendInvitation'}
            sx={action === 'disable' ? { color: 'error.main' } : undefined}
          >
            {t(`rowActions.${action}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
