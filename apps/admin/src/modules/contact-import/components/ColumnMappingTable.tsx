import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { IGNORE, IMPORT_FIELDS, type ColumnChoice, type ColumnMapping } from '../csv/importFields';

export interface ColumnMappingTableProps {
  columns: readonly string[];
  mapping: ColumnMapping;
  onChange: (column: string, choice: ColumnChoice) => void;
}

/** One row per column of the file: which field of a contact it feeds, or none. */
export function ColumnMappingTable({ columns, mapping, onChange }: ColumnMappingTableProps) {
  const { t } = useTranslation('contactImport');
  return (
    <Table size="small" aria-label={t('mapping.tableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('mapping.column')}</TableCell>
          <TableCell>{t('mapping.field')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {columns.map((column, index) => (
          <TableRow key={`${index}-${column}`}>
            <TableCell component="th" scope="row">
              {column || t('mapping.unnamed', { number: index + 1 })}
            </TableCell>
            <TableCell>
              <TextField
                select
                size="small"
                value={mapping[column] ?? IGNORE}
                onChange={(event) => onChange(column, event.target.value as ColumnChoice)}
                slotProps={{ htmlInput: { 'aria-label': t('mapping.fieldFor', { column }) } }}
                sx={{ minWidth: 240 }}
              >
                <MenuItem value={IGNORE}>{t('mapping.ignore')}</MenuItem>
                {IMPORT_FIELDS.map((field) => (
                  <MenuItem key={field} value={field}>
                    {t(`fields.${field}`)}
                  </MenuItem>
                ))}
              </TextField>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
