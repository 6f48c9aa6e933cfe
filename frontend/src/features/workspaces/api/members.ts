import type { components } from '@/api/schema';
import { del, get, put } from '@/lib/api-client';
import type { Role } from '@/lib/roles';

export type Member = components['schemas']['MemberView'];

const members = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/members`;

export function listMembers(workspaceId: string): Promise<Member[]> {
  return get<Member[]>(members(workspaceId));
}

/** Adds the user to the workspace, or changes their role there. */
export function putMember(workspaceId: string, username: string, role: Role): Promise<Member> {
  return put<Member>(`${members(workspaceId)}/${encodeURIComponent(username)}`, { role });
}

export function removeMember(workspaceId: string, username: string): Promise<void> {
  return del(`${members(workspaceId)}/${encodeURIComponent(username)}`);
}
