import type { components } from '@/api/schema';
import { get, post, type RequestOptions } from '@/lib/api-client';

export type Workspace = components['schemas']['WorkspaceView'];
export type CreateWorkspaceRequest = components['schemas']['NewWorkspace'];

const WORKSPACES_PATH = '/api/v1/workspaces';

export function listWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
  return get<Workspace[]>(WORKSPACES_PATH, options);
}

export function createWorkspace(
  request: CreateWorkspaceRequest,
  options?: RequestOptions,
): Promise<Workspace> {
  return post<Workspace>(WORKSPACES_PATH, request, options);
}
