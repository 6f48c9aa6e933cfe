import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ReportsPage } from '@/features/reports/components/reports-page';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

/** The server's page of a list, everything on one page. */
function page<T>(items: T[], number = 0, totalPages = items.length > 0 ? 1 : 0, totalItems = items.length) {
  return { items, page: number, size: 25, totalItems, totalPages };
}

function renderPage() {
  return render(
    <MemoryRouter>
      <ReportsPage workspaceId="w1" />
    </MemoryRouter>,
  );
}

describe('ReportsPage', () => {
  it('points to the Studio when there are no reports', async () => {
    mockFetch(() => jsonResponse(page([])));
    renderPage();
    expect(await screen.findByText('No reports yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Studio' }).getAttribute('href')).toBe('/studio');
  });

  it('lists reports with their versions and deletes one after confirmation', async () => {
    const user = userEvent.setup();
    let reports = [
      { id: 'r1', title: 'Laptop digest', templateId: 'policy-digest', latestVersion: 3, updatedAt: '2026-01-01T10:00:00Z' },
    ];
    const requests = mockFetch(({ method }) => {
      if (method === 'DELETE') {
        reports = [];
        return new Response(null, { status: 204 });
      }
      return jsonResponse(page(reports));
    });
    vi.stubGlobal('confirm', () => true);
    renderPage();

    const table = await screen.findByRole('table', { name: 'Reports' });
    expect(within(table).getByRole('link', { name: 'Laptop digest' }).getAttribute('href')).toBe('/reports/r1');
    expect(within(table).getByText('3')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Delete Laptop digest' }));

    expect(await screen.findByText('No reports yet.')).toBeTruthy();
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v1/workspaces/w1/reports?page=0&size=25',
      'DELETE /api/v1/reports/r1',
      'GET /api/v1/workspaces/w1/reports?page=0&size=25',
    ]);
  });

  it('pages through a long history, newest first', async () => {
    const user = userEvent.setup();
    const requests = mockFetch(({ url }) =>
      url.includes('page=1')
        ? jsonResponse(page([{ id: 'r0', title: 'Oldest', templateId: 't', latestVersion: 1, updatedAt: null }], 1, 2, 26))
        : jsonResponse(page([{ id: 'r25', title: 'Newest', templateId: 't', latestVersion: 1, updatedAt: null }], 0, 2, 26)),
    );
    renderPage();

    expect(await screen.findByRole('link', { name: 'Newest' })).toBeTruthy();
    expect(screen.getByText('Page 1 of 2 · 26 reports')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Older' }));

    expect(await screen.findByRole('link', { name: 'Oldest' })).toBeTruthy();
    expect(requests.at(-1)?.url).toBe('/api/v1/workspaces/w1/reports?page=1&size=25');
  });
});
