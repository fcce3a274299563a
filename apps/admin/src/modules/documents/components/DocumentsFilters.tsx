import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { SearchField } from '../../../ui/SearchField';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../documentOptions';
import type { DocumentsListParams } from '../hooks/useDocumentsListParams';
import { CampaignFilter } from './CampaignFilter';

export interface DocumentsFiltersProps {
  value: DocumentsListParams;
  onChange: (changes: Partial<DocumentsListParams>) => void;
  /** Members see published documents only: the status filter would have nothing to offer them. */
  showStatus: boolean;
}

export function DocumentsFilters({ value, onChange, showStatus }: DocumentsFiltersProps) {
  const { t } = useTranslation('documents');
  return (
    <Stack role="search" aria-label={t('filters.label')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <SearchField label={t('filters.search')} value={value.search} onChange={(search) => onChange({ search })} sx={{ flex: 2 }} />
      <FilterSelect
        label={t('filters.kind')}
        value={value.kind}
        options={DOCUMENT_KINDS}
        optionLabel={(kind) => t(`kinds.${kind}`)}
        anyLabel={t('filters.allKinds')}
        onChange={(kind) => onChange({ kind })}
        sx={{ flex: 1, minWidth: 180 }}
      />
      {showStatus ? (
        <FilterSelect
          label={t('filters.status')}
          value={value.status}
          options={DOCUMENT_STATUSES}
          optionLabel={(status) => t(`statuses.${status}`)}
          anyLabel={t('filters.allStatuses')}
          onChange={(status) => onChange({ status })}
          sx={{ flex: 1, minWidth: 160 }}
        />
      ) : null}
      <CampaignFilter
        label={t('filters.campaign')}
        value={value.campaignId}
        onChange={(campaignId) => onChange({ campaignId })}
        sx={{ flex: 1.5, minWidth: 220 }}
      />
    </Stack>
  );
}
