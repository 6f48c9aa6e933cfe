import { get, patch, post } from '@/lib/api-client';
import type { Role } from '@/lib/roles';

export interface User {
  username: string;
  role: Role;
  enabled: boolean;
  createdAt: string;
}

const USERS = '/api/v1/admin/users';

export function listUsers(): Promise<User[]> {
  return get<User[]>(USERS);
}

export function createUser(user: { username: string; password: string; role: Role }): Promise<User> {
  return post<User>(USERS, user);
}

export function changeUser(username: string, change: { role?: Role; enabled?: boolean }): Promise<User> {
  return patch<User>(`${USERS}/${encodeURIComponent(username)}`, change);
}
