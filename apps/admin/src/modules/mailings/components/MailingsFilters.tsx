import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { SearchField } from '../../../ui/SearchField';
import type { MailingsListParams } from '../hooks/useMailingsListParams';
import { MAILING_STATUSES } from '../mailingOptions';

export interface MailingsFiltersProps {
  value: MailingsListParams;
  onChange: (changes: Partial<MailingsListParams>) => void;
}

/** Search by name and one status. */
export function MailingsFilters({ value, onChange }: MailingsFiltersProps) {
  const { t } = useTranslation('mailings');
  return (
    <Stack role="search" aria-label={t('filters.label')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <SearchField label={t('filters.search')} value={value.search} onChange={(search) => onChange({ search })} sx={{ flex: 2 }} />
      <FilterSelect
        label={t('filters.status')}
        value={value.status}
        options={MAILING_STATUSES}
        optionLabel={(status) => t(`statuses.${status}`)}
        anyLabel={t('filters.allStatuses')}
        onChange={(status) => onChange({ status })}
        sx={{ flex: 1, minWidth: 200 }}
      />
    </Stack>
  );
}
