import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem, type ApiProblem } from './api-errors';

export interface ApiProblemText {
  /** Messages to show under the matching form fields. */
  fieldErrors: Record<string, string>;
  /** What to show in an alert above the form, if anything is not tied to a field shown. */
  alert: string | null;
}

/**
 * Turns an ApiProblem into what a form shows: field errors for the fields it has, everything else as one alert.
 * Field messages come from the API (which says why); codes without a field are explained in the user's language.
 */
export function useApiProblemText(): (problem: ApiProblem | null, formFields: readonly string[]) => ApiProblemText {
  const { t } = useTranslation('errors');
  return useCallback(
    (problem, formFields) => {
      if (!problem) return { fieldErrors: {}, alert: null };
      if (problem.network) return { fieldErrors: {}, alert: t('network') };

      const fieldErrors: Record<string, string> = {};
      const unplaced: string[] = [...problem.inputMessages];
      for (const [field, message] of Object.entries(problem.fieldErrors)) {
        if (formFields.includes(field)) fieldErrors[field] = message;
        // Not a field of this form: say which one, since the message alone ("Is listed twice") does not.
        else unplaced.push(`${field}: ${message}`);
      }
      if (problem.code === 'BAD_USER_INPUT') {
        return { fieldErrors, alert: unplaced.length > 0 ? unplaced.join(' ') : null };
      }
      return { fieldErrors, alert: problem.code ? t(problem.code) : t('unknown') };
    },
    [t],
  );
}

/** Why a query failed, in the user's language; null without an error. */
export function useApiErrorText(error: unknown): string | null {
  const describe = useApiProblemText();
  return error ? describe(readApiProblem(error), []).alert : null;
}
