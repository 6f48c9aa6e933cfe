import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

/** A server where the signed-in user has the given global role and administers workspace w2 only. */
function serverFor(role: string) {
  return mockFetch(({ url }) => {
    if (url === '/api/v1/session') {
      return jsonResponse({ username: 'ada', roles: [role], workspaces: [{ id: 'w2', role: 'ADMIN' }] });
    }
    if (url === '/api/v1/workspaces') return jsonResponse([{ id: 'w1', name: 'Legal' }, { id: 'w2', name: 'Sales' }]);
    if (url.startsWith('/api/v1/admin/audit')) return jsonResponse({ items: [], page: 0, size: 25, totalItems: 0, totalPages: 0 });
    if (url.startsWith('/api/v1/admin/models')) return jsonResponse({ defaultModel: 'm', catalogNote: '', models: [] });
    if (url.startsWith('/api/v1/admin/evaluations')) return jsonResponse({ items: [] });
    if (url.includes('/documents')) return jsonResponse({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 });
    return jsonResponse([]);
  });
}

beforeEach(() => localStorage.clear());

describe('App', () => {
  it('hides users and the audit log from someone who is not an administrator', async () => {
    serverFor('EDITOR');
    window.location.hash = '#/admin';
    render(<App />);

    expect(await screen.findByRole('heading', { name: 'API keys' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Audit log' })).toBeNull();
  });

  it('shows users and the audit log to an administrator', async () => {
    serverFor('ADMIN');
    window.location.hash = '#/admin';
    render(<App />);

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Audit log' })).toBeTruthy();
  });

  it('offers the members of a workspace in the Library only where the user administers it', async () => {
    serverFor('EDITOR');
    localStorage.setItem('lectern.workspace', 'w1');
    window.location.hash = '#/';
    const first = render(<App />);
    await screen.findByRole('heading', { name: 'Workspaces' });
    expect(screen.queryByRole('heading', { name: 'Members' })).toBeNull();
    first.unmount();

    localStorage.setItem('lectern.workspace', 'w2');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Members' })).toBeTruthy();
  });
});
