import type { OperationVariables } from '@apollo/client';
import Autocomplete from '@mui/material/Autocomplete';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from './useDebouncedValue';
import { type RemoteSearchProps, useRemoteOptions } from './useRemoteOptions';

/** What a form gives a picker of several records of one kind (the people met, a document's campaigns). */
export interface RecordMultiPickerProps<Option> {
  label: string;
  value: readonly Option[];
  onChange: (options: Option[]) => void;
  required?: boolean;
  error?: string;
  helperText?: string;
  autoFocus?: boolean;
  sx?: TextFieldProps['sx'];
}

export interface RemoteMultiAutocompleteProps<Option extends { id: string }, Data, Variables extends OperationVariables>
  extends RecordMultiPickerProps<Option>,
    RemoteSearchProps<Option, Data, Variables> {}

/**
 * Picks several records by typing part of each name: the API matches, accents and typos aside. The choices show as
 * chips (Backspace removes the last one); those already chosen are not offered again. The multiple-choice sibling of
 * RemoteAutocomplete, with the same props but a list for the value.
 */
export function RemoteMultiAutocomplete<Option extends { id: string }, Data, Variables extends OperationVariables>(
  props: RemoteMultiAutocompleteProps<Option, Data, Variables>,
) {
  const { label, value, onChange, optionLabel, noOptionsText, required, error, helperText, autoFocus, sx } = props;
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim());
  const { options, loading } = useRemoteOptions(props, search, open, value);

  return (
    <Autocomplete<Option, true>
      multiple
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      value={[...value]}
      loading={loading}
      loadingText={t('loading')}
      noOptionsText={noOptionsText}
      filterSelectedOptions
      // The API already matched what was typed, fuzzily: show its answer as it is.
      filterOptions={(all) => all}
      getOptionLabel={optionLabel}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      onChange={(_event, chosen) => onChange(chosen)}
      inputValue={input}
      // A pick empties the box: the next search starts afresh.
      onInputChange={(_event, text, reason) => setInput(reason === 'reset' ? '' : text)}
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
