import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdminPage } from '@/features/admin/components/admin-page';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

function answerEverything() {
  return mockFetch(({ url }) => {
    if (url.startsWith('/api/v1/admin/models')) return jsonResponse({ defaultModel: 'm', catalogNote: '', models: [] });
    if (url.startsWith('/api/v1/admin/evaluations')) return jsonResponse({ items: [] });
    if (url.startsWith('/api/v1/admin/ingestion/jobs')) return jsonResponse({ items: [], page: 0, size: 25, totalItems: 0, totalPages: 0 });
    if (url.startsWith('/api/v1/admin/usage')) {
      const empty = { group: 'total', groupId: null, requests: 0, clientErrors: 0, serverErrors: 0, promptTokens: 0, completionTokens: 0, latencyP50Ms: 0, latencyP95Ms: 0 };
      return jsonResponse({ from: '2026-01-01', to: '2026-01-30', groupBy: 'day', rows: [], totals: empty });
    }
    if (url.startsWith('/api/v1/admin/audit')) return jsonResponse({ items: [], page: 0, size: 25, totalItems: 0, totalPages: 0 });
    return jsonResponse([]);
  });
}

describe('AdminPage', () => {
  it('shows a user who is not an administrator only their API keys, and asks the admin API nothing', async () => {
    const requests = answerEverything();
    render(<AdminPage administrator={false} />);

    expect(await screen.findByRole('heading', { name: 'API keys' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Audit log' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Usage' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Models' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Ingestion jobs' })).toBeNull();
    expect(requests.map((r) => r.url)).toEqual(['/api/v1/api-keys']);
  });

  it('shows an administrator users, API keys, usage, the audit log, the ingestion queue and the models', async () => {
    answerEverything();
    render(<AdminPage administrator />);

    for (const heading of ['Users', 'API keys', 'Usage', 'Audit log', 'Ingestion jobs', 'Models']) {
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    }
  });
});
