import { useCallback, useState } from 'react';
import { readApiProblem, type ApiProblem } from './api-errors';
import { useApiProblemText } from './useApiProblemText';

export interface ApiProblemState<Field extends string> {
  /** The API's message for each field of this form that it refused. */
  fieldErrors: Partial<Record<Field, string>>;
  /** Everything else that went wrong, for an alert above the form; null when nothing did. */
  alert: string | null;
  /**
   * Runs an API call and what follows it: forgets the last problem first, keeps the new one if anything fails.
   * Resolves to that problem (null on success) for forms that react to one code.
   */
  attempt: (call: () => Promise<unknown>) => Promise<ApiProblem | null>;
  /** Forgets the last problem, e.g. when the form is reset or the form itself finds a mistake first. */
  clear: () => void;
}

/** What went wrong with the last API call of a form or dialog, worded for the fields it shows. */
export function useApiProblem<Field extends string>(formFields: readonly Field[]): ApiProblemState<Field> {
  const describe = useApiProblemText();
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const attempt = useCallback(async (call: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await call();
      return null;
    } catch (error) {
      const rejected = readApiProblem(error);
      setProblem(rejected);
      return rejected;
    }
  }, []);
  const clear = useCallback(() => setProblem(null), []);

  const { fieldErrors, alert } = describe(problem, formFields);
  return { fieldErrors: fieldErrors as Partial<Record<Field, string>>, alert, attempt, clear };
}
