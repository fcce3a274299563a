import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SearchParamValues<Key extends string> = Record<Key, string | null>;

/**
 * Values kept in the address's query string (a list's filters and order), so a view can be bookmarked, shared and
 * reloaded. Changing them replaces the history entry: Back leaves the list instead of undoing each keystroke.
 */
export function useSearchParamValues<Key extends string>(
  /** A constant of the page (module level), so the values change only with the query string. */
  keys: readonly Key[],
): [SearchParamValues<Key>, (changes: Partial<SearchParamValues<Key>>) => void] {
  const [params, setParams] = useSearchParams();
  const serialised = params.toString();
  const values = useMemo(() => {
    const current = new URLSearchParams(serialised);
    return Object.fromEntries(keys.map((key) => [key, current.get(key) || null])) as SearchParamValues<Key>;
  }, [keys, serialised]);

  const change = useCallback(
    (changes: Partial<SearchParamValues<Key>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes) as Array<[Key, string | null | undefined]>) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [values, change];
}
