import { useEffect, useState } from 'react';
import { isAbortError, messageOf } from '@/lib/api-client';
import { listWorkspaces, type Workspace } from '@/features/workspaces/api/workspaces';

type WorkspacePickerProps = {
  value?: string;
  /** Called with the chosen workspace, or undefined when there is none to choose. */
  onChange: (workspaceId: string | undefined) => void;
  /** Changing it reloads the list (after a workspace was created). */
  refreshKey?: number;
};

/** Chooses the workspace every page works in; picks the first one when the chosen one is gone. */
export function WorkspacePicker({ value, onChange, refreshKey }: WorkspacePickerProps) {
  const [workspaces, setWorkspaces] = useState<Workspace[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    listWorkspaces({ signal: controller.signal })
      .then((found) => {
        setWorkspaces(found);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (!isAbortError(caught)) {
          setError(messageOf(caught, 'Could not load workspaces.'));
        }
      });
    return () => controller.abort();
  }, [refreshKey]);

  useEffect(() => {
    if (workspaces && !workspaces.some((workspace) => workspace.id === value)) {
      onChange(workspaces[0]?.id);
    }
  }, [workspaces, value, onChange]);

  if (error) {
    return <span className="picker-error">{error}</span>;
  }
  return (
    <label className="workspace-picker">
      <span className="workspace-picker__label">Workspace</span>
      <select
        className="field__input"
        value={value ?? ''}
        disabled={!workspaces || workspaces.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {!workspaces && <option value="">Loading…</option>}
        {workspaces?.length === 0 && <option value="">No workspaces yet</option>}
        {workspaces?.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
