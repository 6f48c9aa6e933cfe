import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { IngestionJob } from '@/features/admin/api/jobs';
import { JobsPanel } from '@/features/admin/components/jobs-panel';
import { ToastProvider } from '@/components/ui/toast';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

/** A fake queue with one failed and one queued job; retry queues the failed one, cancel cancels the queued one. */
function fakeQueue() {
  const jobs: IngestionJob[] = [
    {
      id: 'j1',
      documentId: { value: 'd1-0000-0000' },
      state: 'FAILED',
      attempts: 3,
      maxAttempts: 3,
      lastError: 'The file is password protected.',
      createdAt: '2026-01-01T10:00:00Z',
      updatedAt: '2026-01-01T10:01:00Z',
    },
    {
      id: 'j2',
      documentId: { value: 'd2-0000-0000' },
      state: 'QUEUED',
      attempts: 0,
      maxAttempts: 3,
      lastError: null,
      createdAt: '2026-01-01T11:00:00Z',
      updatedAt: '2026-01-01T11:00:00Z',
    },
  ];
  return mockFetch(({ url, method }) => {
    const path = new URL(url, 'http://localhost');
    if (method === 'POST') {
      const [, id, action] = /jobs\/([^/]+)\/(retry|cancel)$/.exec(path.pathname)!;
      const job = jobs.find((j) => j.id === id)!;
      job.state = action === 'retry' ? 'QUEUED' : 'CANCELLED';
      return jsonResponse({ status: job.state }, action === 'retry' ? 202 : 200);
    }
    const state = path.searchParams.get('state');
    const items = jobs.filter((j) => !state || j.state === state);
    return jsonResponse({ items, page: 0, size: 25, totalItems: items.length, totalPages: 1 });
  });
}

function renderPanel() {
  return render(
    <ToastProvider>
      <JobsPanel />
    </ToastProvider>,
  );
}

describe('JobsPanel', () => {
  it('lists jobs with their tries and errors, and retries a failed one', async () => {
    const user = userEvent.setup();
    const requests = fakeQueue();
    renderPanel();

    const table = await screen.findByRole('table', { name: 'Ingestion jobs' });
    const failed = within(table).getByText('The file is password protected.').closest('tr')!;
    expect(within(failed).getByText('3 of 3')).toBeTruthy();

    await user.click(within(failed).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('The document is queued again.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/admin/ingestion/jobs/j1/retry'))).toBe(true);
  });

  it('filters by state and cancels a queued job', async () => {
    const user = userEvent.setup();
    const requests = fakeQueue();
    renderPanel();
    await screen.findByRole('table', { name: 'Ingestion jobs' });

    await user.selectOptions(screen.getByLabelText('State'), 'QUEUED');
    const table = await screen.findByRole('table', { name: 'Ingestion jobs' });
    expect(new URL(requests.at(-1)!.url, 'http://localhost').searchParams.get('state')).toBe('QUEUED');
    await user.click(await within(table).findByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText('The job is cancelled.')).toBeTruthy();
    expect(await screen.findByText('No jobs in this state.')).toBeTruthy();
  });
});
