import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DocumentView } from '@/features/library/components/document-view';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

const DOCUMENT = {
  id: 'd1',
  name: 'handbook.pdf',
  contentType: 'application/pdf',
  status: 'READY',
  chunkCount: 3,
  version: 1,
};

function chunk(id: string, ordinal: number, page: number, text: string, headingPath: string | null = null) {
  return { id, ordinal, text, headingPath, location: { page, slide: null, sheet: null } };
}

describe('DocumentView', () => {
  it('groups passages by page and highlights the cited one, with a preview at its page', async () => {
    mockFetch(({ url }) =>
      url.endsWith('/chunks')
        ? jsonResponse({
            chunks: [
              chunk('c3', 2, 2, 'Refunds take 14 days.', 'Policies > Refunds'),
              chunk('c1', 0, 1, 'Welcome to the company.'),
              chunk('c2', 1, 1, 'Holidays are 25 days.', 'Policies > Leave'),
            ],
          })
        : jsonResponse(DOCUMENT),
    );
    render(
      <MemoryRouter initialEntries={['/documents/d1?chunk=c3']}>
        <Routes>
          <Route path="/documents/:id" element={<DocumentView />} />
        </Routes>
      </MemoryRouter>,
    );

    expect(await screen.findByRole('heading', { name: 'handbook.pdf' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Page 1', 'Page 2']);
    const cited = screen.getByRole('article', { name: 'Cited passage' });
    expect(within(cited).getByText('Refunds take 14 days.').tagName).toBe('MARK');
    expect(within(cited).getByText('Policies > Refunds')).toBeTruthy();
    expect(screen.getByTitle('Preview of handbook.pdf').getAttribute('src')).toBe('/api/v1/documents/d1/file#page=2');
  });
});
