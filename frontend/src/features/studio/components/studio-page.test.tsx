import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { StudioPage } from '@/features/studio/components/studio-page';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

const CITATION = { number: 1, chunkId: 'k1', documentId: 'd1', documentName: 'policy.pdf', page: 2 };

function server(overrides: Record<string, () => Response> = {}) {
  return mockFetch(({ method, url }) => {
    const key = `${method} ${url.split('?')[0]}`;
    if (overrides[key]) return overrides[key]();
    if (key === 'GET /api/v1/workspaces/w1/documents') {
      return jsonResponse({ items: [{ id: 'd1', name: 'policy.pdf' }, { id: 'd2', name: 'faq.docx' }] });
    }
    if (key === 'GET /api/v1/report-templates') {
      return jsonResponse([{ id: 'policy-digest', name: 'Policy digest', sections: [{ title: 'Scope' }] }]);
    }
    return problemResponse(404, 'Not Found', key);
  });
}

function renderStudio() {
  return render(
    <MemoryRouter initialEntries={['/studio']}>
      <Routes>
        <Route path="/studio" element={<StudioPage workspaceId="w1" />} />
        <Route path="/reports/:id" element={<p>Report page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('StudioPage', () => {
  it('summarizes the chosen documents in the chosen style and shows the sources', async () => {
    const user = userEvent.setup();
    const requests = server({
      'POST /api/v1/workspaces/w1/summaries': () =>
        jsonResponse({
          text: 'Staff return laptops [1].',
          sentences: [{ text: 'Staff return laptops [1].', citations: [1] }],
          citations: [CITATION],
          style: 'KEY_POINTS',
          mode: 'EXTRACTIVE',
          sourcesUsed: 3,
        }),
    });
    renderStudio();

    await user.click(await screen.findByLabelText('policy.pdf'));
    await user.selectOptions(screen.getByLabelText('Style'), 'KEY_POINTS');
    await user.click(screen.getByRole('button', { name: 'Summarize' }));

    const output = await screen.findByRole('region', { name: 'Summary output' });
    expect(within(output).getByText('Staff return laptops [1].')).toBeTruthy();
    expect(within(output).getByRole('link', { name: 'Source 1: policy.pdf, p. 2' })).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ documentIds: ['d1'], style: 'KEY_POINTS' });
  });

  it('shows why a summary failed', async () => {
    const user = userEvent.setup();
    server({
      'POST /api/v1/workspaces/w1/summaries': () =>
        problemResponse(400, 'Invalid', "Name the documents in 'documentIds', or give a search in 'query'."),
    });
    renderStudio();
    await user.click(await screen.findByRole('button', { name: 'Summarize' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Name the documents');
  });

  it('writes marketing copy and shows the variants side by side', async () => {
    const user = userEvent.setup();
    const requests = server({
      'POST /api/v1/workspaces/w1/copy': () =>
        jsonResponse({ channel: 'EMAIL', variants: [{ text: 'Buy now.' }, { text: 'Try it today.' }] }),
    });
    renderStudio();

    await user.click(screen.getByRole('tab', { name: 'Marketing copy' }));
    await user.type(screen.getByLabelText('Brief'), 'Launch of the new plan');
    await user.click(screen.getByRole('button', { name: 'Write copy' }));

    expect(within(await screen.findByRole('region', { name: 'Variant 1' })).getByText('Buy now.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Variant 2' })).getByText('Try it today.')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      brief: 'Launch of the new plan',
      channel: 'EMAIL',
      variants: 2,
    });
  });

  it('writes a report from a template and opens it', async () => {
    const user = userEvent.setup();
    const requests = server({
      'POST /api/v1/workspaces/w1/reports': () => jsonResponse({ report: { id: 'r1' }, versions: [1] }, 201),
    });
    renderStudio();

    await user.click(screen.getByRole('tab', { name: 'Report' }));
    await user.type(await screen.findByLabelText('Title'), 'Q3 digest');
    await user.click(screen.getByRole('button', { name: 'Write report' }));

    expect(await screen.findByText('Report page')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ template: 'policy-digest', title: 'Q3 digest' });
  });
});
