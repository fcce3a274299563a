import Button, { type ButtonProps } from '@mui/material/Button';

export interface SubmitButtonProps extends Pick<ButtonProps, 'size'> {
  label: string;
  /** Replaces the label while the request is under way, so the spinner is also said in words. */
  submittingLabel: string;
  submitting: boolean;
}

/** The one main button that submits its form. */
export function SubmitButton({ label, submittingLabel, submitting, size }: SubmitButtonProps) {
  return (
    <Button type="submit" variant="contained" size={size} loading={submitting}>
      {submitting ? submittingLabel : label}
    </Button>
  );
}
