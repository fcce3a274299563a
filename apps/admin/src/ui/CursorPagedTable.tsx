import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import type { CursorPages } from './useCursorPages';

/** The rows-per-page choices of every list; a list opens with the first. */
export const PAGE_SIZES = [25, 50, 100];

/** What a list shows of one page of an API connection (the API's connections all have this shape). */
export interface CursorConnection<Node> {
  totalCount: number;
  pageInfo: { endCursor: string | null };
  edges: ReadonlyArray<{ node: Node }>;
}

/** One page of a list as it loads: see useCursorPagedQuery. */
export interface CursorPagedList<Node> {
  /** The page shown; undefined until the first answer. */
  connection: CursorConnection<Node> | undefined;
  pages: CursorPages;
  loading: boolean;
  /** Why the page could not be loaded, in the user's language. */
  error: string | null;
  refetch: () => void;
}

export interface CursorPagedTableProps<Node> {
  list: CursorPagedList<Node>;
  /** The table of the page's rows. */
  children: (rows: Node[]) => ReactNode;
}

/** A list's table with what every list has around it: the error with a retry, a loading bar, the page controls. */
export function CursorPagedTable<Node>({ list, children }: CursorPagedTableProps<Node>) {
  const { t } = useTranslation('common');
  const { connection, pages, loading, error, refetch } = list;
  return (
    <>
      <ErrorAlert message={error} onRetry={refetch} />
      <Paper variant="outlined">
        {loading ? <LinearProgress aria-label={t('loading')} /> : null}
        <TableContainer>{connection ? children(connection.edges.map((edge) => edge.node)) : null}</TableContainer>
        {connection ? (
          <TablePagination
            component="div"
            count={connection.totalCount}
            page={pages.page}
            rowsPerPage={pages.pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_event, page) => pages.goTo(page, connection.pageInfo.endCursor)}
            onRowsPerPageChange={(event) => pages.setPageSize(Number(event.target.value))}
          />
        ) : null}
      </Paper>
    </>
  );
}
