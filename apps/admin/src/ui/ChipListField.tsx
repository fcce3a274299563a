import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface ChipListFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Suggestions; with `onlyOptions`, the only values allowed. */
  options?: readonly string[];
  onlyOptions?: boolean;
  /** How an option or chip reads (e.g. a language code as its name). */
  optionLabel?: (value: string) => string;
  error?: string;
  helperText?: string;
}

/** A short list of labels (tags, focus areas, languages) as chips: type and press Enter to add one. */
export function ChipListField(props: ChipListFieldProps) {
  const { label, value, onChange, options = [], onlyOptions = false, optionLabel, error, helperText } = props;
  const { t } = useTranslation('common');
  return (
    <Autocomplete
      multiple
      freeSolo={!onlyOptions}
      // What is typed counts when the field loses focus, so a label typed without Enter is not lost.
      autoSelect={!onlyOptions}
      filterSelectedOptions
      options={options as string[]}
      value={value as string[]}
      getOptionLabel={(option) => optionLabel?.(option) ?? option}
      onChange={(_event, next) => {
        const cleaned = next.map((item) => item.trim()).filter((item) => item.length > 0);
        onChange([...new Set(cleaned)]);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={Boolean(error)}
          helperText={error ?? helperText ?? (onlyOptions ? undefined : t('chipList.help'))}
        />
      )}
    />
  );
}
