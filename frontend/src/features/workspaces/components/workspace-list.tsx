import type { Workspace } from '@/features/workspaces/api/workspaces';

type WorkspaceListProps = {
  workspaces: Workspace[];
};

export function WorkspaceList({ workspaces }: WorkspaceListProps) {
  if (workspaces.length === 0) {
    return <p className="empty-state">No workspaces yet — create one to start adding documents.</p>;
  }
  return (
    <ul className="workspace-list" aria-label="Workspaces">
      {workspaces.map((workspace) => (
        <li key={workspace.id} className="workspace-list__item">
          {workspace.name}
        </li>
      ))}
    </ul>
  );
}
