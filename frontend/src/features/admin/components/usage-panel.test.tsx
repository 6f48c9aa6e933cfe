import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lastDays, type UsageRow } from '@/features/admin/api/usage';
import { UsagePanel } from '@/features/admin/components/usage-panel';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

function row(group: string, requests: number, extra: Partial<UsageRow> = {}): UsageRow {
  return {
    group,
    groupId: group,
    requests,
    clientErrors: 0,
    serverErrors: 0,
    promptTokens: 0,
    completionTokens: 0,
    latencyP50Ms: 0,
    latencyP95Ms: 0,
    ...extra,
  };
}

/** A fake usage API: calls on the last of the days asked for, by ada and bob, in one workspace. */
function fakeUsage(requests = 12) {
  return mockFetch(({ url }) => {
    const query = new URL(url, 'http://localhost').searchParams;
    const from = query.get('from') ?? '';
    const to = query.get('to') ?? '';
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    const busy = row(to, requests, { clientErrors: 2, serverErrors: 1, promptTokens: 900, completionTokens: 300, latencyP50Ms: 40, latencyP95Ms: 250 });
    const rows: Record<string, UsageRow[]> = {
      day: Array.from({ length: days }, (_, i) => {
        const day = new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10);
        return day === to && requests > 0 ? busy : row(day, 0);
      }),
      user: requests > 0 ? [row('ada', 9), row('bob', 3)] : [],
      workspace: requests > 0 ? [row('Handbook', 12)] : [],
      key: requests > 0 ? [row('ci-key', 7), row('(browser session or anonymous)', 5)] : [],
    };
    const groupBy = query.get('groupBy') ?? 'day';
    return jsonResponse({ from, to, groupBy, rows: rows[groupBy] ?? [], totals: { ...(requests > 0 ? busy : row('total', 0)), group: 'total' } });
  });
}

describe('UsagePanel', () => {
  it('draws requests, tokens and latency per day and the top users and workspaces, each described in words', async () => {
    const requests = fakeUsage();
    render(<UsagePanel />);

    const perDay = await screen.findByRole('img', { name: /^Requests per day: 12 in 30 days, 2 client errors, 1 server errors/ });
    const { to } = lastDays(30);
    expect(perDay.getAttribute('aria-label')).toContain(`busiest day ${to} with 12`);
    expect(perDay.querySelectorAll('rect.series-ok')).toHaveLength(1);
    expect(perDay.querySelectorAll('rect.series-server-error')).toHaveLength(1);
    expect(screen.getByRole('img', { name: /^Tokens per day: 900 prompt tokens and 300 completion tokens in 30 days/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /95th percentile peaked at 250 ms on/ }).querySelectorAll('polyline')).toHaveLength(2);
    expect(screen.getByRole('img', { name: 'Top users by requests: ada 9, bob 3.' })).toBeTruthy();
    const workspaces = within(screen.getByRole('article', { name: 'Top workspaces' }));
    expect(workspaces.getByRole('img', { name: 'Top workspaces by requests: Handbook 12.' })).toBeTruthy();
    expect(requests.map((r) => new URL(r.url, 'http://localhost').searchParams.get('groupBy'))).toEqual(['day', 'user', 'workspace']);
  });

  it('asks for other days and another breakdown, and exports what it shows as CSV', async () => {
    const user = userEvent.setup();
    const requests = fakeUsage();
    render(<UsagePanel />);
    await screen.findByRole('img', { name: /^Requests per day/ });

    await user.selectOptions(screen.getByLabelText('Days'), '7');
    expect(await screen.findByRole('img', { name: /^Requests per day: 12 in 7 days/ })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Break down by'), 'key');

    expect(await screen.findByRole('img', { name: 'Top API keys by requests: ci-key 7, (browser session or anonymous) 5.' })).toBeTruthy();
    const { from, to } = lastDays(7);
    expect(requests.at(-1)?.url).toBe(`/api/v1/admin/usage?from=${from}&to=${to}&groupBy=key`);
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      `/api/v1/admin/usage.csv?from=${from}&to=${to}&groupBy=key`,
    );
  });

  it('says what to do when nothing was called, instead of drawing empty charts', async () => {
    fakeUsage(0);
    render(<UsagePanel />);

    expect(await screen.findByText('No API calls in these days.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows why the usage could not be loaded, with a retry', async () => {
    mockFetch(() => problemResponse(503, 'Unavailable', 'The database does not answer.'));
    render(<UsagePanel />);

    expect((await screen.findByRole('alert')).textContent).toContain('The database does not answer.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('lastDays', () => {
  it('ends today in UTC and counts today as one of the days', () => {
    expect(lastDays(7, new Date('2026-03-02T23:30:00Z'))).toEqual({ from: '2026-02-24', to: '2026-03-02' });
  });
});
