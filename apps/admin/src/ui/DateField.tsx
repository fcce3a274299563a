import Stack from '@mui/material/Stack';
import { FormTextField, type FormTextFieldProps } from './FormTextField';

export type DateFieldProps = Omit<FormTextFieldProps, 'type'>;

/** A calendar date (YYYY-MM-DD) picked with the browser's date input; its label stays above the field. */
export function DateField({ slotProps, ...props }: DateFieldProps) {
  return <FormTextField {...props} type="date" slotProps={{ ...slotProps, inputLabel: { shrink: true } }} />;
}

export interface DateRangeFieldsProps {
  start: DateFieldProps;
  end: DateFieldProps;
}

/** From when and until when (a position, a relationship), side by side on wide screens. */
export function DateRangeFields({ start, end }: DateRangeFieldsProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <DateField {...start} sx={{ flex: 1 }} />
      <DateField {...end} sx={{ flex: 1 }} />
    </Stack>
  );
}
