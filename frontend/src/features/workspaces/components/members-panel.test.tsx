import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import type { Member } from '@/features/workspaces/api/members';
import { MembersPanel } from '@/features/workspaces/components/members-panel';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

const BASE = '/api/v1/workspaces/w1/members';

/** A fake membership list: PUT adds or changes (unknown users are a 404), DELETE removes. */
function fakeServer(initial: Member[]) {
  const members = [...initial];
  return mockFetch(({ method, url, body }) => {
    const name = url.startsWith(`${BASE}/`) ? decodeURIComponent(url.slice(BASE.length + 1)) : undefined;
    if (method === 'PUT') {
      if (name === 'nobody') return problemResponse(404, 'Not found', 'No user nobody.');
      const role = (body as Member).role;
      const found = members.find((m) => m.username === name);
      if (found) found.role = role;
      else members.push({ username: name!, role });
      return jsonResponse({ username: name, role });
    }
    if (method === 'DELETE') {
      members.splice(members.findIndex((m) => m.username === name), 1);
      return new Response(null, { status: 204 });
    }
    return jsonResponse(members);
  });
}

function panel() {
  return render(
    <ToastProvider>
      <MembersPanel workspaceId="w1" />
    </ToastProvider>,
  );
}

describe('MembersPanel', () => {
  it('adds a member by username with a role, changes the role and removes them', async () => {
    const user = userEvent.setup();
    const requests = fakeServer([{ username: 'admin', role: 'ADMIN' }]);
    vi.stubGlobal('confirm', () => true);
    panel();
    await screen.findByRole('list', { name: 'Members' });

    await user.type(screen.getByLabelText('Username'), 'grace');
    await user.selectOptions(screen.getByLabelText('Role'), 'EDITOR');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const role = (await screen.findByLabelText('Role of grace')) as HTMLSelectElement;
    expect(role.value).toBe('EDITOR');

    await user.selectOptions(role, 'VIEWER');
    await user.click(screen.getByRole('button', { name: 'Remove grace' }));
    await screen.findByText('grace was removed.');
    const list = screen.getByRole('list', { name: 'Members' });
    expect(within(list).queryByText('grace')).toBeNull();

    expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url} ${JSON.stringify(r.body)}`)).toEqual([
      `PUT ${BASE}/grace {"role":"EDITOR"}`,
      `PUT ${BASE}/grace {"role":"VIEWER"}`,
      `DELETE ${BASE}/grace undefined`,
    ]);
  });

  it('says so when the username is unknown, and keeps what was typed', async () => {
    const user = userEvent.setup();
    fakeServer([]);
    panel();
    await screen.findByText(/No members yet/);

    await user.type(screen.getByLabelText('Username'), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Add member' }));

    expect(await screen.findByText('No user nobody.')).toBeTruthy();
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('nobody');
  });
});
