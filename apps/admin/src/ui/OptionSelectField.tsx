import MenuItem from '@mui/material/MenuItem';
import type { TextFieldProps } from '@mui/material/TextField';
import { FormTextField } from './FormTextField';

export interface OptionSelectFieldProps<Option extends string> {
  label: string;
  value: Option;
  options: readonly Option[];
  optionLabel: (option: Option) => string;
  onChange: (value: Option) => void;
  required?: boolean;
  error?: string;
  helperText?: string;
  sx?: TextFieldProps['sx'];
}

/** A form field choosing one of a fixed list of values (a kind, a type), each shown in words. */
export function OptionSelectField<Option extends string>(props: OptionSelectFieldProps<Option>) {
  const { options, optionLabel, onChange, ...field } = props;
  return (
    <FormTextField select {...field} onChange={(value) => onChange(value as Option)}>
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {optionLabel(option)}
        </MenuItem>
      ))}
    </FormTextField>
  );
}
