import { useState } from 'react';

/** The state of one save: busy, the refusal (problem+json with field errors) or done. */
export function useSave() {
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setError(undefined);
    setSaved(false);
    setBusy(true);
    try {
      const result = await action();
      setSaved(true);
      return result;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { error, saved, busy, run };
}
