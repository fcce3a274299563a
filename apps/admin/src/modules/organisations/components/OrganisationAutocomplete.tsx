import type { TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { RemoteAutocomplete } from '../../../ui/RemoteAutocomplete';
import { ORGANISATION_OPTIONS_QUERY } from '../graphql/organisation-options.query';

export interface OrganisationOption {
  id: string;
  name: string;
  acronym?: string | null;
}

export interface OrganisationAutocompleteProps {
  label: string;
  value: OrganisationOption | null;
  onChange: (organisation: OrganisationOption | null) => void;
  required?: boolean;
  error?: string;
  helperText?: string;
  sx?: TextFieldProps['sx'];
}

/** How many organisations the picker offers at once: typing narrows them (fuzzy, on name and acronym). */
const OPTIONS_SHOWN = 20;

export const organisationLabel = (organisation: OrganisationOption) =>
  organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name;

/** Picks an organisation of the directory by typing part of its name or acronym. */
export function OrganisationAutocomplete(props: OrganisationAutocompleteProps) {
  const { t } = useTranslation('organisations');
  return (
    <RemoteAutocomplete
      {...props}
      query={ORGANISATION_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.organisations.edges.map((edge) => edge.node)}
      optionLabel={organisationLabel}
      noOptionsText={t('picker.none')}
    />
  );
}
