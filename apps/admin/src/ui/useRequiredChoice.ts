import { useCallback, useState } from 'react';

export interface RequiredChoice<Option> {
  value: Option | null;
  /** Picks (or clears) the option; a pick forgets that one was missing. */
  choose: (option: Option | null) => void;
  /** Whether a submit found nothing chosen: the picker says so under itself. */
  missing: boolean;
  /** At submit: the option chosen, or null (and `missing` set) when there is none. */
  require: () => Option | null;
}

/**
 * A picker the form cannot go without (an institution, the other person): the API cannot say which field is missing
 * when an ID! variable is absent, so the form says it first.
 */
export function useRequiredChoice<Option>(): RequiredChoice<Option> {
  const [value, setValue] = useState<Option | null>(null);
  const [missing, setMissing] = useState(false);
  const choose = useCallback((option: Option | null) => {
    setValue(option);
    if (option !== null) setMissing(false);
  }, []);
  const require = useCallback(() => {
    setMissing(value === null);
    return value;
  }, [value]);
  return { value, choose, missing, require };
}
