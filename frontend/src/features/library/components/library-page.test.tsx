import { act, waitFor, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LecternDocument } from '@/features/library/api/documents';
import { LibraryPage } from '@/features/library/components/library-page';
import { installFakeXhr } from '@/test/fake-xhr';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

function doc(name: string, change: Partial<LecternDocument> = {}): LecternDocument {
  return {
    id: name,
    workspaceId: 'w1',
    name,
    contentType: 'application/pdf',
    sizeBytes: 2048,
    status: 'READY',
    error: null,
    chunkCount: 7,
    progress: { stage: 'READY', percent: 100, done: 7, total: 7 },
    version: 1,
    tags: [],
    parentId: null,
    createdAt: '',
    updatedAt: '',
    ...change,
  };
}

function page(items: LecternDocument[]) {
  return jsonResponse({ items, page: 0, size: 500, totalItems: items.length, totalPages: 1 });
}

function renderPage() {
  return render(
    <MemoryRouter>
      <LibraryPage workspaceId="w1" />
    </MemoryRouter>,
  );
}

describe('LibraryPage', () => {
  it('says what to do when the workspace has no documents', async () => {
    mockFetch(() => page([]));
    renderPage();
    expect(await screen.findByText('No documents yet.')).toBeTruthy();
    expect(screen.getByText(/Drop files above/)).toBeTruthy();
  });

  it('polls while a document is processing and shows its stage, then Ready', async () => {
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return page([
        calls === 1
          ? doc('report.pdf', {
              status: 'PROCESSING',
              progress: { stage: 'EMBEDDING', percent: 55, done: 5, total: 10 },
            })
          : doc('report.pdf'),
      ]);
    });
    renderPage();

    expect(await screen.findByText('Making it searchable · 55%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Processing report.pdf' }).getAttribute('aria-valuenow')).toBe('55');
    const table = screen.getByRole('table', { name: 'Documents' });
    expect(await within(table).findByText('Ready', {}, { timeout: 4000 })).toBeTruthy();
    expect(within(table).queryByRole('progressbar')).toBeNull();
    expect(calls).toBe(2);
  });

  it('shows the plain-language reason a document failed', async () => {
    mockFetch(() =>
      page([doc('secret.pdf', { status: 'FAILED', error: 'The PDF is password-protected. Remove the password.' })]),
    );
    renderPage();
    expect(await screen.findByText('The PDF is password-protected. Remove the password.')).toBeTruthy();
  });

  it('filters by name and asks the server for a status', async () => {
    const user = userEvent.setup();
    const requests = mockFetch(() => page([doc('alpha.pdf'), doc('beta.docx')]));
    renderPage();
    const table = await screen.findByRole('table', { name: 'Documents' });

    await user.type(screen.getByLabelText('Filter by name'), 'bet');
    expect(within(table).queryByText('alpha.pdf')).toBeNull();
    expect(within(table).getByText('beta.docx')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Status'), 'FAILED');
    expect(requests.at(-1)?.url).toBe('/api/v1/workspaces/w1/documents?size=500&status=FAILED');
  });

  it('uploads each chosen file with its own progress bar and reloads the list', async () => {
    const user = userEvent.setup();
    const xhr = installFakeXhr();
    const requests = mockFetch(() => page([]));
    renderPage();
    await screen.findByText('No documents yet.');

    await user.upload(screen.getByLabelText('Files to upload'), [
      new File(['a'], 'one.pdf', { type: 'application/pdf' }),
      new File(['b'], 'two.docx'),
    ]);
    expect(xhr.all.map((request) => request.url)).toEqual([
      '/api/v1/workspaces/w1/documents',
      '/api/v1/workspaces/w1/documents',
    ]);
    act(() => xhr.all[0]?.progress(40, 100));
    expect(screen.getByRole('progressbar', { name: 'Uploading one.pdf' }).getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByRole('progressbar', { name: 'Uploading two.docx' }).getAttribute('aria-valuenow')).toBe('0');

    act(() => xhr.all[0]?.respond(202, doc('one.pdf')));
    act(() => xhr.all[1]?.respond(413, { detail: 'The file is larger than 50 MB.' }));
    expect(await screen.findByText('Uploaded')).toBeTruthy();
    expect(screen.getByText('The file is larger than 50 MB.')).toBeTruthy();
    // the list is reloaded after the uploads settle, not at the same instant
    await waitFor(() => expect(requests.length).toBeGreaterThanOrEqual(2));
  });
});
