import { useCallback, useMemo, useState } from 'react';

/** A row of a form's list, with a key that stays with it when rows before it are removed. */
export interface KeyedRow<Value> {
  key: number;
  value: Value;
}

let lastKey = 0;
const keyed = <Value>(value: Value): KeyedRow<Value> => ({ key: ++lastKey, value });

export interface RowList<Value> {
  rows: ReadonlyArray<KeyedRow<Value>>;
  values: Value[];
  add: (value: Value) => void;
  change: (index: number, changes: Partial<Value>) => void;
  remove: (index: number) => void;
}

/** The rows of a repeatable part of a form (emails, phones, affiliations): add, change, remove. */
export function useRowList<Value extends object>(initial: () => Value[]): RowList<Value> {
  const [rows, setRows] = useState(() => initial().map(keyed));
  const add = useCallback((value: Value) => setRows((current) => [...current, keyed(value)]), []);
  const change = useCallback(
    (index: number, changes: Partial<Value>) =>
      setRows((current) => current.map((row, at) => (at === index ? { ...row, value: { ...row.value, ...changes } } : row))),
    [],
  );
  const remove = useCallback((index: number) => setRows((current) => current.filter((_row, at) => at !== index)), []);
  const values = useMemo(() => rows.map((row) => row.value), [rows]);
  return { rows, values, add, change, remove };
}
