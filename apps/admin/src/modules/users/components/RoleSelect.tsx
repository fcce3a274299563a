import { ALL_ROLES } from '@alliance/domain';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';

export interface RoleSelectProps {
  label: string;
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
  disabled?: boolean;
}

/** Picks one of the four roles, each with a line saying what it may do. */
export function RoleSelect({ label, value, onChange, error, disabled }: RoleSelectProps) {
  const { t } = useTranslation(['common', 'users']);
  return (
    <TextField
      select
      label={label}
      value={value}
      disabled={disabled}
      required
      onChange={(event) => onChange(event.target.value as Role)}
      error={Boolean(error)}
      helperText={error ?? t(`users:roleHelp.${value}`)}
      slotProps={{ select: { renderValue: (selected) => t(`common:roles.${selected as Role}`) } }}
    >
      {ALL_ROLES.map((role) => (
        <MenuItem key={role} value={role}>
          <ListItemText primary={t(`common:roles.${role}`)} secondary={t(`users:roleHelp.${role}`)} />
        </MenuItem>
      ))}
    </TextField>
  );
}
