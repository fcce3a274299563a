import { useCallback, useState } from 'react';
import { useApiProblem } from './useApiProblem';

export interface ApiActionState {
  /** The call is under way. */
  busy: boolean;
  /** What went wrong with the last call, in the user's language; null when nothing did. */
  alert: string | null;
  /** Runs the call; resolves to true when it succeeded. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/** One API call that is not a form (delete, restore): whether it is under way, and what went wrong. */
export function useApiAction(): ApiActionState {
  const { alert, attempt, clear } = useApiProblem([]);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (call: () => Promise<unknown>) => {
      setBusy(true);
      try {
        return (await attempt(call)) === null;
      } finally {
        setBusy(false);
      }
    },
    [attempt],
  );
  return { busy, alert, run, clear };
}
