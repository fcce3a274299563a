import Autocomplete from '@mui/material/Autocomplete';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useCountries, type CountryOption } from '../hooks/useCountries';

export interface CountryAutocompleteProps {
  label: string;
  /** ISO 3166-1 alpha-2 code, or null for none. */
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  helperText?: string;
  sx?: TextFieldProps['sx'];
}

/** Picks a country by typing part of its name in the admin's language. */
export function CountryAutocomplete({ label, value, onChange, error, helperText, sx }: CountryAutocompleteProps) {
  const { t } = useTranslation('common');
  const { countries, loading } = useCountries();
  const selected = value ? (countries.find((country) => country.code === value) ?? null) : null;
  return (
    <Autocomplete<CountryOption>
      options={countries}
      value={selected}
      loading={loading}
      loadingText={t('loading')}
      noOptionsText={t('countries.none')}
      getOptionLabel={(country) => country.name}
      getOptionKey={(country) => country.code}
      isOptionEqualToValue={(option, chosen) => option.code === chosen.code}
      onChange={(_event, country) => onChange(country?.code ?? null)}
      sx={sx}
      renderInput={(params) => (
        <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />
      )}
    />
  );
}
