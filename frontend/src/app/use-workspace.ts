import { useCallback, useState } from 'react';

const KEY = 'lectern.workspace';

/** The chosen workspace, remembered across visits in localStorage. */
export function useWorkspace(): [string | undefined, (id: string | undefined) => void] {
  const [id, setId] = useState<string | undefined>(() => localStorage.getItem(KEY) ?? undefined);
  const choose = useCallback((next: string | undefined) => {
    if (next) localStorage.setItem(KEY, next);
    else localStorage.removeItem(KEY);
    setId(next);
  }, []);
  return [id, choose];
}
