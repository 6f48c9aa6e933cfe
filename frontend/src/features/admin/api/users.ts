import type { components } from '@/api/schema';
import { get, patch, post } from '@/lib/api-client';

export type User = components['schemas']['UserView'];
export type NewUser = components['schemas']['NewUser'];
export type UserChange = components['schemas']['Change'];

const USERS = '/api/v1/admin/users';

export function listUsers(): Promise<User[]> {
  return get<User[]>(USERS);
}

export function createUser(user: NewUser): Promise<User> {
  return post<User>(USERS, user);
}

export function changeUser(username: string, change: UserChange): Promise<User> {
  return patch<User>(`${USERS}/${encodeURIComponent(username)}`, change);
}
