import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/features/admin/api/audit';
import { AUDIT_PAGE_SIZE, AuditPanel } from '@/features/admin/components/audit-panel';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

/** A fake audit log of `total` sign-ins by ada, newest first, paged and filtered by type like the server. */
function fakeLog(total: number) {
  const events: AuditEvent[] = Array.from({ length: total }, (_, i) => ({
    id: `e${i}`,
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, total - i)).toISOString(),
    type: 'SIGN_IN',
    username: 'ada',
    detail: `session ${i}`,
  }));
  return mockFetch(({ url }) => {
    const query = new URL(url, 'http://localhost').searchParams;
    const matching = events.filter((e) => !query.get('type') || e.type === query.get('type'));
    const page = Number(query.get('page'));
    const size = Number(query.get('size'));
    return jsonResponse({
      items: matching.slice(page * size, page * size + size),
      page,
      size,
      totalItems: matching.length,
      totalPages: Math.ceil(matching.length / size),
    });
  });
}

describe('AuditPanel', () => {
  it('pages through the log, newest first', async () => {
    const user = userEvent.setup();
    const requests = fakeLog(AUDIT_PAGE_SIZE + 3);
    render(<AuditPanel />);

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')).toHaveLength(AUDIT_PAGE_SIZE + 1);
    expect(screen.getByText(`Page 1 of 2 · ${AUDIT_PAGE_SIZE + 3} events`)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Newer' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Older' }));

    expect(await screen.findByText('Page 2 of 2 · 28 events')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Audit events' })).getAllByRole('row')).toHaveLength(4);
    expect(requests.at(-1)?.url).toBe(`/api/v1/admin/audit?page=1&size=${AUDIT_PAGE_SIZE}`);
  });

  it('filters by type, user and days, and exports what the filters match as CSV', async () => {
    const user = userEvent.setup();
    const requests = fakeLog(3);
    render(<AuditPanel />);
    await screen.findByRole('table', { name: 'Audit events' });

    await user.selectOptions(screen.getByLabelText('Event'), 'KEY_CREATED');
    expect(await screen.findByText('No events match these filters.')).toBeTruthy();
    await user.type(screen.getByLabelText('User'), 'ada');
    await user.type(screen.getByLabelText('From'), '2026-01-01');

    const last = new URL(requests.at(-1)!.url, 'http://localhost');
    expect(last.pathname).toBe('/api/v1/admin/audit');
    expect(last.searchParams.get('type')).toBe('KEY_CREATED');
    expect(last.searchParams.get('username')).toBe('ada');
    expect(new Date(last.searchParams.get('from')!).getTime()).toBe(new Date('2026-01-01T00:00:00').getTime());
    expect(last.searchParams.get('page')).toBe('0');
    const csv = new URL(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')!, 'http://localhost');
    expect(csv.pathname).toBe('/api/v1/admin/audit/export');
    expect(csv.searchParams.get('type')).toBe('KEY_CREATED');
    expect(csv.searchParams.get('username')).toBe('ada');
    expect(csv.searchParams.get('page')).toBeNull();
  });
});
