import { useCallback, useState } from 'react';

export interface CursorPages {
  /** Zero-based index of the page shown. */
  page: number;
  pageSize: number;
  /** The `after` argument for the page shown. */
  after: string | null;
  /** Moves one page forward (with the shown page's endCursor) or back to a page already seen. */
  goTo: (page: number, endCursor: string | null | undefined) => void;
  setPageSize: (pageSize: number) => void;
}

/**
 * Page numbers over a forward-only cursor API (first/after): remembers the cursor that opened each page seen,
 * so "previous" needs no backward cursor. A new `resetKey` (e.g. the filters) starts again at the first page,
 * in the same render, so no request is made for the old cursor with the new filters.
 */
export function useCursorPages(initialPageSize: number, resetKey: string): CursorPages {
  const [pageSize, setSize] = useState(initialPageSize);
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const page = cursors.length - 1;

  const goTo = useCallback(
    (next: number, endCursor: string | null | undefined) => {
      if (next === page + 1 && endCursor) setState({ key: resetKey, cursors: [...cursors, endCursor] });
      else if (next >= 0 && next < page) setState({ key: resetKey, cursors: cursors.slice(0, next + 1) });
    },
    [cursors, page, resetKey],
  );
  const setPageSize = useCallback(
    (size: number) => {
      setSize(size);
      setState({ key: resetKey, cursors: [null] });
    },
    [resetKey],
  );

  return { page, pageSize, after: cursors[page] ?? null, goTo, setPageSize };
}
