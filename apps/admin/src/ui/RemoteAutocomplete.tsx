import type { OperationVariables } from '@apollo/client';
import Autocomplete from '@mui/material/Autocomplete';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from './useDebouncedValue';
import { type RemoteSearchProps, useRemoteOptions } from './useRemoteOptions';

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
  extends RecordPickerProps<Option>,
    RemoteSearchProps<Option, Data, Variables> {}

/** Picks one record of the directory by typing part of its name: the API matches, accents and typos aside. */
export function RemoteAutocomplete<Option extends { id: string }, Data, Variables extends OperationVariables>(
  props: RemoteAutocompleteProps<Option, Data, Variables>,
) {
  const { label, value, onChange, optionLabel, noOptionsText, required, error, helperText, autoFocus, sx } = props;
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim());
  // While a choice is shown, its own label is in the box: list from the start rather than search for it.
  const searching = value && search === optionLabel(value) ? '' : search;
  const { options, loading } = useRemoteOptions(props, searching, open, value ? [value] : []);

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
