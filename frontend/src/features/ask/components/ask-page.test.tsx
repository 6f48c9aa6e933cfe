import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AskPage } from '@/features/ask/components/ask-page';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

const ANSWER = {
  conversationId: 'c1',
  mode: 'EXTRACTIVE',
  answered: true,
  text: 'Refunds take 14 days [1]. Everyone loves refunds.',
  sentences: [
    { text: 'Refunds take 14 days [1].', citations: [1] },
    { text: 'Everyone loves refunds.', citations: [] },
  ],
  unsupported: ['Everyone loves refunds.'],
  citations: [
    { number: 1, chunkId: 'k9', documentId: 'd7', documentName: 'policy.pdf', page: 3, passage: 'Refunds take 14 days.' },
  ],
  retrieved: [
    { number: 1, chunkId: 'k9', documentId: 'd7', documentName: 'policy.pdf', page: 3, passage: 'Refunds take 14 days.' },
    { number: 2, chunkId: 'k4', documentId: 'd8', documentName: 'faq.docx', passage: 'Ask support.' },
  ],
};

const UNCITED = {
  ...ANSWER,
  mode: 'GENERATIVE',
  text: 'Once upon a time Lily went to the park.',
  sentences: [{ text: 'Once upon a time Lily went to the park.', citations: [] }],
  unsupported: ['Once upon a time Lily went to the park.'],
  citations: [],
};

function sse(events: [string, unknown][]): Response {
  const text = events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
  return new Response(text, { headers: { 'Content-Type': 'text/event-stream' } });
}

function renderPage() {
  return render(
    <MemoryRouter>
      <AskPage workspaceId="w1" />
    </MemoryRouter>,
  );
}

async function ask(question: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Your question'), question);
  await user.click(screen.getByRole('button', { name: 'Ask' }));
  return user;
}

describe('AskPage', () => {
  it('streams the answer, marks the unsupported sentence and links each source to its passage', async () => {
    const requests = mockFetch(({ method }) =>
      method === 'POST'
        ? sse([
            ['token', { text: 'Refunds take ' }],
            ['token', { text: '14 days [1].' }],
            ['citations', ANSWER],
            ['done', { finished: true }],
          ])
        : jsonResponse({
            items: [{ id: 'c1', title: 'How long do refunds take?', updatedAt: '' }],
            page: 0,
            size: 50,
            totalItems: 1,
            totalPages: 1,
          }),
    );
    renderPage();

    await ask('How long do refunds take?');

    const chip = await screen.findByRole('link', { name: 'Source 1: policy.pdf, p. 3' });
    expect(chip.getAttribute('href')).toBe('/documents/d7?chunk=k9');
    const unsupported = screen.getByText('Everyone loves refunds.');
    expect(unsupported.className).toContain('sentence--unsupported');
    expect(unsupported.textContent).toContain('(not supported by the sources)');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.url).toBe('/api/v1/workspaces/w1/answers');
    expect(post?.body).toEqual({ question: 'How long do refunds take?' });
    expect(post?.headers.get('Accept')).toBe('text/event-stream');
    expect(await screen.findByRole('button', { name: 'How long do refunds take?' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Passages searched' })).toBeNull();
  });

  it('lists the passages searched when the answer cites none of them', async () => {
    mockFetch(({ method }) =>
      method === 'POST' ? sse([['citations', UNCITED]]) : jsonResponse({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
    );
    renderPage();

    await ask('How long do refunds take?');

    const searched = await screen.findByRole('list', { name: 'Passages searched' });
    const chips = within(searched).getAllByRole('link');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Source 1: policy.pdf, p. 3',
      'Source 2: faq.docx',
    ]);
    expect(chips[1]?.getAttribute('href')).toBe('/documents/d8?chunk=k4');
    expect(screen.getByText(/none of them is cited/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Sources' })).toBeNull();
  });

  it('shows why an answer failed and asks again in the same conversation on retry', async () => {
    let attempts = 0;
    const requests = mockFetch(({ method }) => {
      if (method !== 'POST') return jsonResponse({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 });
      attempts += 1;
      return attempts === 1
        ? problemResponse(503, 'No model', 'No language model is ready. An administrator can pull one in Admin.')
        : sse([['citations', ANSWER]]);
    });
    renderPage();

    const user = await ask('Refunds?');
    expect((await screen.findByRole('alert')).textContent).toContain('No language model is ready');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const turns = screen.getByRole('list', { name: 'Conversation' });
    expect(await within(turns).findByRole('link', { name: /Source 1/ })).toBeTruthy();
    expect(requests.filter((request) => request.method === 'POST').map((r) => r.body)).toEqual([
      { question: 'Refunds?' },
      { question: 'Refunds?' },
    ]);
  });

  it('stores a thumbs down on the second answer of the conversation', async () => {
    const requests = mockFetch(({ method }) =>
      method === 'POST' ? sse([['citations', ANSWER]]) : method === 'PUT' ? jsonResponse({}) : jsonResponse({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
    );
    renderPage();
    const user = await ask('First?');
    await screen.findAllByRole('button', { name: 'Bad answer' });
    await ask('Second?');
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Bad answer' })).toHaveLength(2));

    await user.click(screen.getAllByRole('button', { name: 'Bad answer' })[1]!);

    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Bad answer' })[1]?.getAttribute('aria-pressed')).toBe('true'),
    );
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.url).toBe('/api/v1/conversations/c1/answers/1/feedback');
    expect(put?.body).toEqual({ rating: 'down' });
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { question: 'First?' },
      { question: 'Second?', conversationId: 'c1' },
    ]);
  });
});
