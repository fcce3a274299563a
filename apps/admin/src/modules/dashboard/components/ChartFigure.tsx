import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { visuallyHidden } from '../../../ui/VisuallyHidden';

export interface ChartTable {
  /** The first column's heading (what each row is), then one heading per number. */
  columns: readonly string[];
  rows: readonly { key: string; label: string; values: readonly number[] }[];
}

export interface ChartFigureProps {
  title: string;
  /** The chart's numbers as a table, which screen readers read instead of the picture. */
  table: ChartTable;
  /** The picture. */
  children: ReactNode;
}

/** A chart with its caption; its numbers are also a table, hidden from the eye, for those who cannot see it. */
export function ChartFigure({ title, table, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    <Box component="figure" aria-labelledby={captionId} sx={{ m: 0, position: 'relative', minWidth: 0 }}>
      <Typography component="figcaption" id={captionId} variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box aria-hidden>{children}</Box>
      <Box component="table" sx={visuallyHidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, index) => (
                <td key={table.columns[index + 1] ?? index}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
