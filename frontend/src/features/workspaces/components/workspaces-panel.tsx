import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ApiError, isAbortError } from '@/lib/api-client';
import { listWorkspaces, type Workspace } from '@/features/workspaces/api/workspaces';
import { CreateWorkspaceForm } from '@/features/workspaces/components/create-workspace-form';
import { WorkspaceList } from '@/features/workspaces/components/workspace-list';

type ListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; workspaces: Workspace[] };

type WorkspacesPanelProps = {
  /** Told about each new workspace, e.g. so that the workspace picker offers it. */
  onCreated?: (workspace: Workspace) => void;
};

/** Lists the workspaces and lets the user create one; the list is reloaded after each creation. */
export function WorkspacesPanel({ onCreated }: WorkspacesPanelProps = {}) {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [reloadCount, setReloadCount] = useState(0);
  const reload = useCallback(() => setReloadCount((count) => count + 1), []);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    reload();
  }, [reload]);

  useEffect(() => {
    const controller = new AbortController();
    listWorkspaces({ signal: controller.signal })
      .then((workspaces) => setState({ status: 'ready', workspaces }))
      .catch((error: unknown) => {
        if (isAbortError(error)) {
          return;
        }
        const message = error instanceof ApiError ? error.detail : 'Could not load workspaces.';
        setState({ status: 'error', message });
      });
    return () => controller.abort();
  }, [reloadCount]);

  return (
    <section className="card" aria-labelledby="workspaces-heading">
      <h2 id="workspaces-heading">Workspaces</h2>
      <div aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && (
          <p role="status" className="muted">
            Loading workspaces…
          </p>
        )}
        {state.status === 'error' && (
          <div className="load-error">
            <p role="alert">{state.message}</p>
            <Button variant="secondary" onClick={retry}>
              Try again
            </Button>
          </div>
        )}
        {state.status === 'ready' && <WorkspaceList workspaces={state.workspaces} />}
      </div>
      <CreateWorkspaceForm
        onCreated={(workspace) => {
          reload();
          onCreated?.(workspace);
        }}
      />
    </section>
  );
}
