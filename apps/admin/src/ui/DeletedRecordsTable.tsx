import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../app/graphql/useApiAction';
import { CursorPagedTable, type CursorPagedList } from './CursorPagedTable';
import { EmptyTableRow } from './EmptyTableRow';
import { ErrorAlert } from './ErrorAlert';
import { formatDate } from './formatDateTime';
import { NoticeSnackbar, type Notice } from './NoticeSnackbar';

export interface DeletedRecordColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

type DeletedRow = { id: string; deletedAt?: string | null };

export interface DeletedRecordsTableProps<Row extends DeletedRow> {
  /** A page of the domain's deleted-records query (newest first). */
  list: CursorPagedList<Row>;
  label: string;
  /** What identifies each record; the first column heads its row. */
  columns: ReadonlyArray<DeletedRecordColumn<Row>>;
  nameOf: (row: Row) => string;
  /** The domain's restore mutation, taking the record's id. */
  restoreMutation: TypedDocumentNode<unknown, { id: string }>;
  copy: {
    deletedOn: string;
    empty: string;
    /** The restore button's accessible name, naming the record. */
    restore: (name: string) => string;
    restored: (name: string) => string;
  };
}

/** Coordinators: a domain's records deleted in the last 30 days, each with its deletion date and a Restore button. */
export function DeletedRecordsTable<Row extends DeletedRow>(props: DeletedRecordsTableProps<Row>) {
  const { list, label, columns, nameOf, restoreMutation, copy } = props;
  const { t, i18n } = useTranslation('common');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const restoration = useApiAction();
  const [restoreRecord] = useMutation(restoreMutation);

  async function restore(row: Row) {
    setRestoringId(row.id);
    const done = await restoration.run(() => restoreRecord({ variables: { id: row.id } }));
    setRestoringId(null);
    if (!done) return;
    list.refetch();
    setNotice({ severity: 'success', text: copy.restored(nameOf(row)) });
  }

  const [first, ...others] = columns;
  return (
    <>
      <ErrorAlert message={restoration.alert} />
      <CursorPagedTable list={list}>
        {(rows) => (
          <Table aria-label={label}>
            <TableHead>
              <TableRow>
                {columns.map((column) => (
                  <TableCell key={column.header}>{column.header}</TableCell>
                ))}
                <TableCell>{copy.deletedOn}</TableCell>
                <TableCell align="right">{t('actions.label')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <EmptyTableRow columns={columns.length + 2} message={copy.empty} />
              ) : (
                rows.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell component="th" scope="row">
                      {first?.cell(row)}
                    </TableCell>
                    {others.map((column) => (
                      <TableCell key={column.header}>{column.cell(row)}</TableCell>
                    ))}
                    <TableCell>{row.deletedAt ? formatDate(row.deletedAt, i18n.language) : null}</TableCell>
                    <TableCell align="right">
                      <Button
                        variant="outlined"
                        size="small"
                        loading={restoringId === row.id}
                        aria-label={copy.restore(nameOf(row))}
                        onClick={() => void restore(row)}
                      >
                        {t('actions.restore')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        )}
      </CursorPagedTable>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
