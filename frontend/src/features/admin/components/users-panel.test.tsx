import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import type { User } from '@/features/admin/api/users';
import { UsersPanel } from '@/features/admin/components/users-panel';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

/** A fake user administration: GET lists, POST adds, PATCH changes, like the server. */
function fakeServer(initial: User[]) {
  const users = [...initial];
  const requests = mockFetch(({ method, url, body }) => {
    if (method === 'POST') {
      const created = { ...(body as User), enabled: true, createdAt: '2026-01-02T00:00:00Z' };
      users.push(created);
      return jsonResponse(created, 201);
    }
    if (method === 'PATCH') {
      const name = decodeURIComponent(url.split('/').pop()!);
      if (name === 'admin') return problemResponse(409, 'Own account', 'Ask another administrator.');
      const user = users.find((u) => u.username === name)!;
      Object.assign(user, body);
      return jsonResponse(user);
    }
    return jsonResponse(users);
  });
  return requests;
}

const ADA: User = { username: 'ada', role: 'VIEWER', enabled: true, createdAt: '2026-01-01T00:00:00Z' };
const ADMIN: User = { username: 'admin', role: 'ADMIN', enabled: true, createdAt: '2026-01-01T00:00:00Z' };

describe('UsersPanel', () => {
  it('creates a user with the chosen role and lists them', async () => {
    const user = userEvent.setup();
    const requests = fakeServer([ADMIN]);
    render(<UsersPanel />);
    await screen.findByRole('table', { name: 'Users' });

    await user.type(screen.getByLabelText('New username'), 'grace');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.selectOptions(screen.getByLabelText('Role'), 'EDITOR');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    const table = screen.getByRole('table', { name: 'Users' });
    expect(await within(table).findByText('grace')).toBeTruthy();
    expect((within(table).getByLabelText('Role of grace') as HTMLSelectElement).value).toBe('EDITOR');
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/v1/admin/users',
      body: { username: 'grace', password: 'correct horse battery', role: 'EDITOR' },
    });
  });

  it('refuses a short password without asking the server', async () => {
    const user = userEvent.setup();
    const requests = fakeServer([]);
    render(<UsersPanel />);
    await screen.findByRole('table', { name: 'Users' });

    await user.type(screen.getByLabelText('New username'), 'grace');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByText(/at least 12 characters/)).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('changes the global role and disables, then enables a user', async () => {
    const user = userEvent.setup();
    const requests = fakeServer([ADMIN, { ...ADA }]);
    render(<UsersPanel />);
    const table = await screen.findByRole('table', { name: 'Users' });

    await user.selectOptions(within(table).getByLabelText('Role of ada'), 'ADMIN');
    await user.click(within(table).getByRole('button', { name: 'Disable ada' }));
    const enable = await within(table).findByRole('button', { name: 'Enable ada' });
    expect(within(enable.closest('tr')!).getByText('Disabled')).toBeTruthy();
    await user.click(enable);
    await within(table).findByRole('button', { name: 'Disable ada' });

    expect(requests.filter((r) => r.method === 'PATCH').map((r) => [r.url, r.body])).toEqual([
      ['/api/v1/admin/users/ada', { role: 'ADMIN' }],
      ['/api/v1/admin/users/ada', { enabled: false }],
      ['/api/v1/admin/users/ada', { enabled: true }],
    ]);
  });

  it("shows the server's refusal when an administrator tries to disable themselves", async () => {
    const user = userEvent.setup();
    fakeServer([ADMIN]);
    render(
      <ToastProvider>
        <UsersPanel />
      </ToastProvider>,
    );

    await user.click(await screen.findByRole('button', { name: 'Disable admin' }));

    expect(await screen.findByText('Ask another administrator.')).toBeTruthy();
  });
});
