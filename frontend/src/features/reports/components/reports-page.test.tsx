import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ReportsPage } from '@/features/reports/components/reports-page';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

function renderPage() {
  return render(
    <MemoryRouter>
      <ReportsPage workspaceId="w1" />
    </MemoryRouter>,
  );
}

describe('ReportsPage', () => {
  it('points to the Studio when there are no reports', async () => {
    mockFetch(() => jsonResponse([]));
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
      return jsonResponse(reports);
    });
    vi.stubGlobal('confirm', () => true);
    renderPage();

    const table = await screen.findByRole('table', { name: 'Reports' });
    expect(within(table).getByRole('link', { name: 'Laptop digest' }).getAttribute('href')).toBe('/reports/r1');
    expect(within(table).getByText('3')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Delete Laptop digest' }));

    expect(await screen.findByText('No reports yet.')).toBeTruthy();
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v1/workspaces/w1/reports',
      'DELETE /api/v1/reports/r1',
      'GET /api/v1/workspaces/w1/reports',
    ]);
  });
});
