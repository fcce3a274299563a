import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { SearchField } from '../../../ui/SearchField';
import { CAMPAIGN_STATUSES } from '../campaignOptions';
import type { CampaignsListParams } from '../hooks/useCampaignsListParams';

export interface CampaignsFiltersProps {
  value: CampaignsListParams;
  onChange: (changes: Partial<CampaignsListParams>) => void;
}

/** Search by name, one status, and "only those members can join now". */
export function CampaignsFilters({ value, onChange }: CampaignsFiltersProps) {
  const { t } = useTranslation('campaigns');
  return (
    <Stack
      role="search"
      aria-label={t('filters.label')}
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ mb: 2, alignItems: { md: 'center' } }}
    >
      <SearchField label={t('filters.search')} value={value.search} onChange={(search) => onChange({ search })} sx={{ flex: 2 }} />
      <FilterSelect
        label={t('filters.status')}
        value={value.status}
        options={CAMPAIGN_STATUSES}
        optionLabel={(status) => t(`statuses.${status}`)}
        anyLabel={t('filters.allStatuses')}
        onChange={(status) => onChange({ status })}
        sx={{ flex: 1, minWidth: 180 }}
      />
      <FormControlLabel
        sx={{ flex: 1.3 }}
        control={<Checkbox checked={value.openToMembers} onChange={(event) => onChange({ openToMembers: event.target.checked })} />}
        label={t('filters.openToMembers')}
      />
    </Stack>
  );
}
