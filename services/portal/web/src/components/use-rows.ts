import { useState } from 'react';

/** The list with the item at `index` changed by `patch`. */
export const patchAt = <T>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, k) => (k === index ? { ...item, ...patch } : item));

/** The list without the item at `index`. */
export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, k) => k !== index);

/** The rows of a form that lists several of one thing (goals, work results): edit, add, remove. */
export function useRows<T>(initial: T[] | (() => T[])) {
  const [rows, setRows] = useState<T[]>(initial);
  return {
    rows,
    change: (index: number, patch: Partial<T>) => setRows((rs) => patchAt(rs, index, patch)),
    remove: (index: number) => setRows((rs) => removeAt(rs, index)),
    add: (row: T) => setRows((rs) => [...rs, row]),
  };
}
