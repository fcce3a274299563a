import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';

export interface MailingActionState {
  busy: boolean;
  alert: string | null;
  /** Runs the call; resolves to true when it succeeded. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/**
 * One action on a mailing (send, approve, pause...). A refusal because the mailing moved on meanwhile (another
 * coordinator acted, sending finished) is said as such: the page's polling shows where it stands now.
 */
export function useMailingAction(): MailingActionState {
  const { t } = useTranslation('mailings');
  const { alert, attempt, clear } = useApiProblem([]);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const run = useCallback(
    async (call: () => Promise<unknown>) => {
      setBusy(true);
      setConflict(false);
      try {
        const problem = await attempt(call);
        setConflict(problem?.code === 'CONFLICT');
        return problem === null;
      } finally {
        setBusy(false);
      }
    },
    [attempt],
  );
  const forget = useCallback(() => {
    setConflict(false);
    clear();
  }, [clear]);
  return { busy, alert: conflict ? t('errors.conflict') : alert, run, clear: forget };
}
