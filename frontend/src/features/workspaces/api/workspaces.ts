import { get, post, type RequestOptions } from '@/lib/api-client';

export interface Workspace {
  id: string;
  name: string;
}

export interface CreateWorkspaceRequest {
  name: string;
}

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
