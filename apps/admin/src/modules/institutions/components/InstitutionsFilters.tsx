import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../ui/SearchField';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import type { InstitutionsListParams } from '../hooks/useInstitutionsListParams';
import { InstitutionKindFilter } from './InstitutionKindFilter';

export interface InstitutionsFiltersProps {
  value: InstitutionsListParams;
  onChange: (changes: Partial<InstitutionsListParams>) => void;
}

export function InstitutionsFilters({ value, onChange }: InstitutionsFiltersProps) {
  const { t } = useTranslation('institutions');
  return (
    <Stack role="search" aria-label={t('filters.label')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <SearchField label={t('filters.search')} value={value.search} onChange={(search) => onChange({ search })} sx={{ flex: 2 }} />
      <InstitutionKindFilter
        label={t('filters.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        sx={{ flex: 1.2, minWidth: 200 }}
      />
      <CountryAutocomplete
        label={t('filters.country')}
        value={value.countryCode}
        onChange={(countryCode) => onChange({ countryCode })}
        sx={{ flex: 1.2, minWidth: 200 }}
      />
    </Stack>
  );
}
