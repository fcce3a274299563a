import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { SearchField } from '../../../ui/SearchField';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import type { OrganisationsListParams } from '../hooks/useOrganisationsListParams';
import { MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from '../organisationOptions';

type FilterValues = Omit<OrganisationsListParams, 'sort'>;

export interface OrganisationsFiltersProps {
  value: FilterValues;
  onChange: (changes: Partial<FilterValues>) => void;
}

export function OrganisationsFilters({ value, onChange }: OrganisationsFiltersProps) {
  const { t } = useTranslation('organisations');
  return (
    <Stack role="search" aria-label={t('filters.label')} direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <SearchField label={t('filters.search')} value={value.search} onChange={(search) => onChange({ search })} sx={{ flex: 2 }} />
      <CountryAutocomplete
        label={t('filters.country')}
        value={value.countryCode}
        onChange={(countryCode) => onChange({ countryCode })}
        sx={{ flex: 1.3, minWidth: 190 }}
      />
      <FilterSelect
        label={t('filters.type')}
        value={value.type}
        options={ORGANISATION_TYPES}
        optionLabel={(type) => t(`types.${type}`)}
        anyLabel={t('filters.allTypes')}
        onChange={(type) => onChange({ type })}
        sx={{ flex: 1, minWidth: 150 }}
      />
      <FilterSelect
        label={t('filters.status')}
        value={value.status}
        options={MEMBERSHIP_STATUSES}
        optionLabel={(status) => t(`statuses.${status}`)}
        anyLabel={t('filters.allStatuses')}
        onChange={(status) => onChange({ status })}
        sx={{ flex: 1.2, minWidth: 210 }}
      />
    </Stack>
  );
}
