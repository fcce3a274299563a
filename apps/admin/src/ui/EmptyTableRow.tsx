import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export interface EmptyTableRowProps {
  /** How many columns the table has, so the message spans them all. */
  columns: number;
  message: string;
}

/** The only row of a table with nothing to list: says so instead of showing bare headings. */
export function EmptyTableRow({ columns, message }: EmptyTableRowProps) {
  return (
    <TableRow>
      <TableCell colSpan={columns}>
        <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          {message}
        </Typography>
      </TableCell>
    </TableRow>
  );
}

export interface EmptyListCopy {
  /** Filters are set: they match nothing. */
  filtered: string;
  /** Nothing yet, and the reader may add the first. */
  first: string;
  /** Nothing yet, and others add them. */
  readOnly: string;
}

/** What an empty list says: first what to do, else who adds, else that the filters match nothing. */
export function emptyListMessage({ isFiltered, mayAdd }: { isFiltered: boolean; mayAdd: boolean }, copy: EmptyListCopy): string {
  if (isFiltered) return copy.filtered;
  return mayAdd ? copy.first : copy.readOnly;
}
