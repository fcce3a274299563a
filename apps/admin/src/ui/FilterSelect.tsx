import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

/** The select's value for "no filter": MUI selects need a string, and an empty one reads as nothing chosen. */
const ANY = '';

export interface FilterSelectProps<Option extends string> {
  label: string;
  /** null: the list is not filtered on this. */
  value: Option | null;
  options: readonly Option[];
  optionLabel: (option: Option) => string;
  /** The first choice, which lifts the filter (e.g. "All roles"). */
  anyLabel: string;
  onChange: (value: Option | null) => void;
  sx?: TextFieldProps['sx'];
}

/** Narrows a list to one of a few values, or to none of them. */
export function FilterSelect<Option extends string>(props: FilterSelectProps<Option>) {
  const { label, value, options, optionLabel, anyLabel, onChange, sx } = props;
  return (
    <TextField
      select
      label={label}
      value={value ?? ANY}
      onChange={(event) => onChange((event.target.value || null) as Option | null)}
      sx={sx}
    >
      <MenuItem value={ANY}>{anyLabel}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {optionLabel(option)}
        </MenuItem>
      ))}
    </TextField>
  );
}
