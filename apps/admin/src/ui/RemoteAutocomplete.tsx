import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from './useDebouncedValue';

/** What a form gives a picker of one kind of record (an institution, a contact). */
export interface RecordPickerProps<Option> {
  label: string;
  value: Option | null;
  onChange: (option: Option | null) => void;
  required?: boolean;
  error?: string;
  helperText?: string;
  autoFocus?: boolean;
  sx?: TextFieldProps['sx'];
}

export interface RemoteAutocompleteProps<Option extends { id: string }, Data, Variables extends OperationVariables>
  extends RecordPickerProps<Option> {
  /** The API's fuzzy search over the records to pick from. */
  query: TypedDocumentNode<Data, Variables>;
  /** The variables for what was typed (empty: the first records, in the API's order). */
  variables: (search: string) => Variables;
  optionsOf: (data: Data) => Option[];
  optionLabel: (option: Option) => string;
  noOptionsText: string;
}

/** Picks one record of the directory by typing part of its name: the API matches, accents and typos aside. */
export function RemoteAutocomplete<Option extends { id: string }, Data, Variables extends OperationVariables>(
  props: RemoteAutocompleteProps<Option, Data, Variables>,
) {
  const { label, value, onChange, query, variables, optionsOf, optionLabel, noOptionsText, required, error, helperText, autoFocus, sx } = props;
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim());
  // While a choice is shown, its own label is in the box: list from the start rather than search for it.
  const searching = value && search === optionLabel(value) ? '' : search;
  const { data, loading } = useQuery(query, {
    variables: variables(searching),
    // Only when the list is open: a closed picker shows its choice and needs nothing from the API.
    skip: !open,
  } as useQuery.Options<Data, Variables>);
  const found = data ? optionsOf(data as Data) : [];
  const options = value && !found.some((option) => option.id === value.id) ? [value, ...found] : found;

  return (
    <Autocomplete<Option>
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={value}
      loading={loading}
      loadingText={t('loading')}
      noOptionsText={noOptionsText}
      // The API already matched what was typed, fuzzily: show its answer as it is.
      filterOptions={(all) => all}
      getOptionLabel={optionLabel}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      onChange={(_event, option) => onChange(option)}
      onInputChange={(_event, text) => setInput(text)}
      sx={sx}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          autoFocus={autoFocus}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}
