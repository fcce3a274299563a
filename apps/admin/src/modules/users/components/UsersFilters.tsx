import { ALL_ROLES } from '@alliance/domain';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Role, UserStatus } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/FilterSelect';
import { SearchField } from '../../../ui/SearchField';

const STATUSES: readonly UserStatus[] = ['ACTIVE', 'INVITED', 'DISABLED'];

export interface UsersFilterValues {
  /** Trimmed, once typing pauses. */
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
      <SearchField
        label={t('filters.search')}
        value={value.search}
        onChange={(search) => onChange({ ...value, search })}
        sx={{ flex: 2 }}
      />
      <FilterSelect
        label={t('filters.role')}
        value={value.role}
        options={ALL_ROLES}
        optionLabel={(role) => t(`common:roles.${role}`)}
        anyLabel={t('filters.allRoles')}
        onChange={(role) => onChange({ ...value, role })}
        sx={{ flex: 1 }}
      />
      <FilterSelect
        label={t('filters.status')}
        value={value.status}
        options={STATUSES}
        optionLabel={(status) => t(`common:statuses.${status}`)}
        anyLabel={t('filters.allStatuses')}
        onChange={(status) => onChange({ ...value, status })}
        sx={{ flex: 1 }}
      />
    </Stack>
  );
}
