import type { components } from '@/api/schema';
import { get } from '@/lib/api-client';

export const AUDIT_TYPES = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'KEY_CREATED',
  'KEY_REVOKED',
  'USER_CREATED',
  'ROLE_CHANGED',
  'USER_DISABLED',
  'USER_ENABLED',
  'MEMBER_CHANGED',
  'MEMBER_REMOVED',
  'DOCUMENT_DELETED',
  'EXPORT',
  'MODEL_CHANGED',
  'WEBHOOK_CREATED',
  'WEBHOOK_CHANGED',
  'WEBHOOK_DELETED',
  'WEBHOOK_SECRET_ROTATED',
] as const satisfies readonly AuditEvent['type'][];

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditPage = components['schemas']['AuditPage'];

/** What the log is filtered by; dates are days (yyyy-mm-dd) in the user's time zone. */
export interface AuditFilter {
  type: string;
  username: string;
  from: string;
  to: string;
}

const AUDIT = '/api/v1/admin/audit';

/** The filter as query parameters: a day becomes the instants of its start (from) or end (to). */
export function auditQuery(filter: AuditFilter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.type) query.set('type', filter.type);
  if (filter.username.trim()) query.set('username', filter.username.trim());
  if (filter.from) query.set('from', new Date(`${filter.from}T00:00:00`).toISOString());
  if (filter.to) query.set('to', new Date(`${filter.to}T23:59:59.999`).toISOString());
  return query;
}

export function auditPage(filter: AuditFilter, page: number, size: number): Promise<AuditPage> {
  const query = auditQuery(filter);
  query.set('page', String(page));
  query.set('size', String(size));
  return get<AuditPage>(`${AUDIT}?${query}`);
}

/** The CSV of everything the filter matches; a plain link, so the browser downloads it with the session. */
export function auditExportUrl(filter: AuditFilter): string {
  const query = auditQuery(filter).toString();
  return query ? `${AUDIT}/export?${query}` : `${AUDIT}/export`;
}
