import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../gql/graphql';
import { TASK_STATUSES } from '../taskOptions';

export interface TaskStatusSelectProps {
  value: TaskStatus;
  onChange: (status: TaskStatus) => void;
  /** The select's accessible name, e.g. "Status of Draft the letter" in a list. */
  label: string;
  /** Shows the label above the field; in a table row the column heading does. */
  showLabel?: boolean;
}

/** A task's status as a native select: quick to change from the keyboard, on a phone and in browser tests. */
export function TaskStatusSelect({ value, onChange, label, showLabel = false }: TaskStatusSelectProps) {
  const { t } = useTranslation('tasks');
  return (
    <TextField
      select
      size="small"
      label={showLabel ? label : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value as TaskStatus)}
      sx={{ minWidth: 150 }}
      slotProps={{ select: { native: true }, htmlInput: showLabel ? undefined : { 'aria-label': label } }}
    >
      {TASK_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`statuses.${status}`)}
        </option>
      ))}
    </TextField>
  );
}
