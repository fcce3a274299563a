import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

export interface RemoteMultiAutocompleteProps<Option extends { id: string }, Data, Variables extends OperationVariables> {
  label: string;
  value: readonly Option[];
  onChange: (options: Option[]) => void;
  /** The API's search over the records to pick from. */
  query: TypedDocumentNode<Data, Variables>;
  /** The variables for what was typed (empty: the first records, in the API's order). */
  variables: (search: string) => Variables;
  optionsOf: (data: Data) => Option[];
  optionLabel: (option: Option) => string;
  noOptionsText: string;
  error?: string;
  helperText?: string;
  sx?: TextFieldProps['sx'];
}

/** Picks several records by typing part of their name: the API matches, the picks show as chips. */
export function RemoteMultiAutocomplete<Option extends { id: string }, Data, Variables extends OperationVariables>(
  props: RemoteMultiAutocompleteProps<Option, Data, Variables>,
) {
  const { label, value, onChange, query, variables, optionsOf, optionLabel, noOptionsText, error, helperText, sx } = props;
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim());
  const { data, loading } = useQuery(query, {
    variables: variables(search),
    // Only when the list is open: the chips need nothing from the API.
    skip: !open,
  } as useQuery.Options<Data, Variables>);
  const options = data ? optionsOf(data as Data) : [];

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
      // The API already matched what was typed: show its answer as it is.
      filterOptions={(all) => all}
      filterSelectedOptions
      getOptionLabel={optionLabel}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      onChange={(_event, options) => onChange(options)}
      inputValue={input}
      onInputChange={(_event, text, reason) => setInput(reason === 'reset' ? '' : text)}
      sx={sx}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}
