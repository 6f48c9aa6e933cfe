import type { components } from '@/api/schema';
import { get } from '@/lib/api-client';

export type Grouping = 'day' | 'user' | 'workspace' | 'key' | 'route';

/** One day, user, workspace, key or route of a usage report (GET /api/v1/admin/usage), or the totals. */
export type UsageRow = components['schemas']['UsageRow'];
export type UsageReport = components['schemas']['UsageReport'];

const USAGE = '/api/v1/admin/usage';

/** The last `days` UTC days up to today, as the server counts days. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

function query(groupBy: Grouping, days: number): URLSearchParams {
  const { from, to } = lastDays(days);
  return new URLSearchParams({ from, to, groupBy });
}

export function usageReport(groupBy: Grouping, days: number): Promise<UsageReport> {
  return get<UsageReport>(`${USAGE}?${query(groupBy, days)}`);
}

/** The CSV of the same report; a plain link, so the browser downloads it with the session. */
export function usageCsvUrl(groupBy: Grouping, days: number): string {
  return `${USAGE}.csv?${query(groupBy, days)}`;
}
