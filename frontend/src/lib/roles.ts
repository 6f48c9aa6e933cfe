import type { components } from '@/api/schema';

/** Roles, both global (per user) and per workspace; each includes the ones before it. */
export type Role = components['schemas']['UserView']['role'];

export const ROLES: { value: Role; label: string }[] = [
  { value: 'VIEWER', label: 'Viewer' },
  { value: 'EDITOR', label: 'Editor' },
  { value: 'ADMIN', label: 'Administrator' },
];

export function roleLabel(role: string): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}
