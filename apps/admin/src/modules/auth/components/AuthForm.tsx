import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SubmitButton } from '../../../ui/SubmitButton';

export interface AuthFormProps {
  /** The form's accessible name: the page's title. */
  title: string;
  /** What went wrong that no field shows. */
  alert: string | null;
  submitLabel: string;
  submittingLabel: string;
  submitting: boolean;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}

/**
 * The forms of the public pages (sign in, accept an invitation): an alert, the fields, one large submit button.
 * The browser's own checks are off: the form and the API say what is wrong, in the user's language.
 */
export function AuthForm(props: AuthFormProps) {
  const { title, alert, submitLabel, submittingLabel, submitting, onSubmit, children } = props;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void onSubmit();
  }

  return (
    <form noValidate onSubmit={submit} aria-label={title}>
      <Stack spacing={2.5}>
        <ErrorAlert message={alert} />
        {children}
        <SubmitButton size="large" label={submitLabel} submittingLabel={submittingLabel} submitting={submitting} />
      </Stack>
    </form>
  );
}
