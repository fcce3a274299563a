import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type FormTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'error'> & {
  value: string;
  onChange: (value: string) => void;
  /** Why the value was refused: marks the field invalid and takes the place of the helper text. */
  error?: string;
};

/** A text field (or select) over a string, with the reason it was refused as its description. */
export function FormTextField({ value, onChange, error, helperText, ...props }: FormTextFieldProps) {
  return (
    <TextField
      {...props}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? helperText}
    />
  );
}
