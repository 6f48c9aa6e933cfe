import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ReportView } from '@/features/reports/components/report-view';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

function report(version: number, scope: string) {
  return {
    report: {
      id: 'r1',
      title: 'Laptop digest',
      templateId: 'policy-digest',
      version,
      createdAt: '',
      sections: [
        { title: 'Scope', text: scope, sentences: [], sources: [] },
        { title: 'Rules', text: 'Return laptops.', sentences: [], sources: [] },
      ],
    },
    versions: Array.from({ length: version }, (_, i) => i + 1),
  };
}

describe('ReportView', () => {
  it('regenerates a section as a new version and offers the four exports of that version', async () => {
    const user = userEvent.setup();
    const requests = mockFetch(({ method }) =>
      method === 'POST' ? jsonResponse(report(2, 'Everyone is covered.')) : jsonResponse(report(1, 'All staff.')),
    );
    render(
      <MemoryRouter initialEntries={['/reports/r1']}>
        <Routes>
          <Route path="/reports/:id" element={<ReportView />} />
        </Routes>
      </MemoryRouter>,
    );

    const scope = await screen.findByRole('region', { name: 'Scope' });
    await user.click(within(scope).getByRole('button', { name: 'Regenerate section' }));

    // the section is drawn afresh for the new version
    expect(await screen.findByText('Everyone is covered.')).toBeTruthy();
    expect(requests.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/reports/r1/sections/0/regenerate' });
    expect((screen.getByLabelText('Version') as HTMLSelectElement).value).toBe('2');
    const exports = screen.getByRole('group', { name: 'Export Laptop digest' });
    expect(within(exports).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/reports/r1/export?format=pdf&version=2',
      '/api/v1/reports/r1/export?format=docx&version=2',
      '/api/v1/reports/r1/export?format=md&version=2',
      '/api/v1/reports/r1/export?format=html&version=2',
    ]);
  });

  it('saves a hand edit with PUT', async () => {
    const user = userEvent.setup();
    const requests = mockFetch(({ method }) =>
      method === 'PUT' ? jsonResponse(report(2, 'Only staff in the EU.')) : jsonResponse(report(1, 'All staff.')),
    );
    render(
      <MemoryRouter initialEntries={['/reports/r1']}>
        <Routes>
          <Route path="/reports/:id" element={<ReportView />} />
        </Routes>
      </MemoryRouter>,
    );
    const scope = await screen.findByRole('region', { name: 'Scope' });
    await user.click(within(scope).getByRole('button', { name: 'Edit' }));
    const text = within(scope).getByLabelText('Text of Scope');
    await user.clear(text);
    await user.type(text, 'Only staff in the EU.');
    await user.click(within(scope).getByRole('button', { name: 'Save as new version' }));

    expect(await screen.findByText('Only staff in the EU.')).toBeTruthy();
    expect(screen.queryByLabelText('Text of Scope')).toBeNull();
    expect(requests.at(-1)).toMatchObject({
      method: 'PUT',
      url: '/api/v1/reports/r1/sections/0',
      body: { text: 'Only staff in the EU.' },
    });
  });
});
