import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { FormFieldset } from './FormFieldset';
import type { RowList } from './useRowList';

export interface RepeatableFieldsetProps<Value> {
  legend: string;
  list: RowList<Value>;
  /** The value of a new row. */
  blank: () => Value;
  addLabel: string;
  /** The remove button's name, e.g. "Remove email 2": screen readers hear which row goes. */
  removeLabel: (index: number) => string;
  /** Said when there is no row yet. */
  emptyText: string;
  /** A problem with the list as a whole (e.g. two primary addresses). */
  error?: string;
  renderRow: (value: Value, index: number) => ReactNode;
}

/** A group of fields repeated per item (emails, phones, affiliations), with a legend and add/remove buttons. */
export function RepeatableFieldset<Value>(props: RepeatableFieldsetProps<Value>) {
  const { legend, list, blank, addLabel, removeLabel, emptyText, error, renderRow } = props;
  return (
    <FormFieldset legend={legend}>
      {error ? (
        <FormHelperText error sx={{ mb: 1 }}>
          {error}
        </FormHelperText>
      ) : null}
      <Stack spacing={2}>
        {list.rows.length === 0 ? <Typography color="text.secondary">{emptyText}</Typography> : null}
        {list.rows.map((row, index) => (
          <Stack key={row.key} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ flex: 1, minWidth: 0, alignItems: { sm: 'flex-start' } }}>
              {renderRow(row.value, index)}
            </Stack>
            <IconButton aria-label={removeLabel(index)} onClick={() => list.remove(index)} sx={{ mt: 1 }}>
              <DeleteOutlined />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button startIcon={<AddOutlined aria-hidden />} onClick={() => list.add(blank())} sx={{ mt: 1.5 }}>
        {addLabel}
      </Button>
    </FormFieldset>
  );
}
