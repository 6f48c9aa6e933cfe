import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '@/lib/api-client';

/**
 * Loads something when a panel opens and again on `reload()`: the value, or the message of why it failed.
 * The last answer wins, so a slow first request cannot overwrite a newer one.
 */
export function useLoaded<T>(load: () => Promise<T>, failure: string) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let current = true;
    load()
      .then((found) => {
        if (!current) return;
        setValue(found);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (current) setError(messageOf(caught, failure));
      });
    return () => {
      current = false;
    };
  }, [load, failure, version]);

  return { value, error, reload };
}
