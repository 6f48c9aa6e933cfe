// Public surface of the workspaces feature: the app imports from here, not from its internals.
export { WorkspacesPanel } from '@/features/workspaces/components/workspaces-panel';
export { WorkspacePicker } from '@/features/workspaces/components/workspace-picker';
export { MembersPanel } from '@/features/workspaces/components/members-panel';
export type { Workspace } from '@/features/workspaces/api/workspaces';
