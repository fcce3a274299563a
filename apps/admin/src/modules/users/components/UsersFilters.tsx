import { ALL_ROLES } from '@alliance/domain';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Role, UserStatus } from '../../../gql/graphql';

const STATUSES: readonly UserStatus[] = ['ACTIVE', 'INVITED', 'DISABLED'];
const ALL = '';

export interface UsersFilterValues {
  search: string;
  role: Role | null;
  status: UserStatus | null;
}

export interface UsersFiltersProps {
  value: UsersFilterValues;
  onChange: (value: UsersFilterValues) => void;
}

export function UsersFilters({ value, onChange }: UsersFiltersProps) {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Stack
      role="search"
      aria-label={t('filters.label')}
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ mb: 2 }}
    >
      <TextField
        type="search"
        label={t('filters.search')}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.target.value })}
        sx={{ flex: 2 }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined aria-hidden />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        label={t('filters.role')}
        value={value.role ?? ALL}
        onChange={(event) => onChange({ ...value, role: (event.target.value || null) as Role | null })}
        sx={{ flex: 1 }}
      >
        <MenuItem value={ALL}>{t('filters.allRoles')}</MenuItem>
        {ALL_ROLES.map((role) => (
          <MenuItem key={role} value={role}>
            {t(`common:roles.${role}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('filters.status')}
        value={value.status ?? ALL}
        onChange={(event) => onChange({ ...value, status: (event.target.value || null) as UserStatus | null })}
        sx={{ flex: 1 }}
      >
        <MenuItem value={ALL}>{t('filters.allStatuses')}</MenuItem>
        {STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {t(`common:statuses.${status}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
