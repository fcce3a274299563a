import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import { useInstitutionById } from '../hooks/useInstitutionById';
import type { PolicymakersListParams } from '../hooks/usePolicymakersListParams';
import { InstitutionAutocomplete } from './InstitutionAutocomplete';
import { InstitutionKindFilter } from './InstitutionKindFilter';

export interface PolicymakersFiltersProps {
  value: PolicymakersListParams;
  onChange: (changes: Partial<PolicymakersListParams>) => void;
}

export function PolicymakersFilters({ value, onChange }: PolicymakersFiltersProps) {
  const { t } = useTranslation('institutions');
  const [institution, remember] = useInstitutionById(value.institutionId);
  return (
    <Stack role="search" aria-label={t('policymakers.filters.label')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <InstitutionAutocomplete
        label={t('policymakers.filters.institution')}
        value={institution}
        onChange={(option) => {
          remember(option);
          onChange({ institutionId: option?.id ?? null });
        }}
        helperText={t('policymakers.filters.institutionHelp')}
        sx={{ flex: 2 }}
      />
      <InstitutionKindFilter
        label={t('policymakers.filters.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        sx={{ flex: 1, minWidth: 200 }}
      />
      <CountryAutocomplete
        label={t('policymakers.filters.country')}
        value={value.countryCode}
        onChange={(countryCode) => onChange({ countryCode })}
        sx={{ flex: 1, minWidth: 230 }}
      />
    </Stack>
  );
}
