import { useQuery } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../ui/SearchField';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import { OrganisationAutocomplete, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { ORGANISATION_NAME_QUERY } from '../../organisations/graphql/organisation-name.query';
import type { ContactsListParams } from '../hooks/useContactsListParams';

export interface ContactsFiltersProps {
  value: ContactsListParams;
  onChange: (changes: Partial<ContactsListParams>) => void;
}

export function ContactsFilters({ value, onChange }: ContactsFiltersProps) {
  const { t } = useTranslation('contacts');
  // The address names the organisation by id only: its name comes from the picker, or else from the API.
  const [picked, setPicked] = useState<OrganisationOption | null>(null);
  const known = picked && picked.id === value.organisationId ? picked : null;
  const { data } = useQuery(ORGANISATION_NAME_QUERY, {
    variables: { id: value.organisationId ?? '' },
    skip: !value.organisationId || known !== null,
  });
  const organisation = value.organisationId ? (known ?? data?.organisation ?? null) : null;

  return (
    <Stack role="search" aria-label={t('filters.label')} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <SearchField label={t('filters.search')} value={value.search} onChange={(search) => onChange({ search })} sx={{ flex: 2 }} />
      <CountryAutocomplete
        label={t('filters.country')}
        value={value.countryCode}
        onChange={(countryCode) => onChange({ countryCode })}
        sx={{ flex: 1, minWidth: 200 }}
      />
      <OrganisationAutocomplete
        label={t('filters.organisation')}
        value={organisation}
        onChange={(option) => {
          setPicked(option);
          onChange({ organisationId: option?.id ?? null });
        }}
        sx={{ flex: 1.5, minWidth: 240 }}
      />
    </Stack>
  );
}
