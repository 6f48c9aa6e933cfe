import type { components } from '@/api/schema';
import { del, get, post } from '@/lib/api-client';

export const SCOPES = [
  { value: 'read', label: 'Read', hint: 'GET requests' },
  { value: 'write', label: 'Write', hint: 'uploads, edits and deletes' },
  { value: 'generate', label: 'Generate', hint: 'answers, summaries, copy, reports, /v1 chat' },
  { value: 'admin', label: 'Admin', hint: 'the admin API, members and keys; includes the others' },
] as const;

export type ApiKey = components['schemas']['KeyView'];

/** A new key: the secret is in this answer only, the server keeps just its hash. */
export type IssuedKey = components['schemas']['IssuedView'];
export type NewKey = components['schemas']['NewKey'];

const KEYS = '/api/v1/api-keys';

export function listKeys(): Promise<ApiKey[]> {
  return get<ApiKey[]>(KEYS);
}

export function issueKey(key: NewKey): Promise<IssuedKey> {
  return post<IssuedKey>(KEYS, key);
}

export function revokeKey(id: string): Promise<void> {
  return del(`${KEYS}/${encodeURIComponent(id)}`);
}
