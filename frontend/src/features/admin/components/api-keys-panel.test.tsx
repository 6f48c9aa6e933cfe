import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiKey } from '@/features/admin/api/api-keys';
import { ApiKeysPanel } from '@/features/admin/components/api-keys-panel';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

const SECRET = 'lk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

/** A fake key store: POST issues a key with a secret once, GET lists without it, DELETE revokes. */
function fakeServer(initial: ApiKey[] = []) {
  const keys = [...initial];
  return mockFetch(({ method, url, body }) => {
    if (method === 'POST') {
      const request = body as { name: string; scopes: string[]; expiresAt?: string };
      const key: ApiKey = {
        id: `k${keys.length + 1}`,
        name: request.name,
        hint: 'lk_0123…',
        scopes: request.scopes,
        createdAt: '2026-01-01T00:00:00Z',
        expiresAt: request.expiresAt ?? '2099-01-01T00:00:00Z',
        lastUsedAt: null,
        revoked: false,
      };
      keys.push(key);
      return jsonResponse({ ...key, secret: SECRET }, 201);
    }
    if (method === 'DELETE') {
      keys.find((k) => url.endsWith(`/${k.id}`))!.revoked = true;
      return new Response(null, { status: 204 });
    }
    return jsonResponse(keys);
  });
}

describe('ApiKeysPanel', () => {
  it('creates a key with name, scopes and expiry and shows its secret once, with a copy button', async () => {
    const user = userEvent.setup();
    const requests = fakeServer();
    render(<ApiKeysPanel />);
    await screen.findByText(/No keys yet/);

    await user.type(screen.getByLabelText('Key name'), 'CI pipeline');
    await user.click(screen.getByRole('checkbox', { name: /Generate/ }));
    await user.type(screen.getByLabelText('Expires on (optional)'), '2099-03-31');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const dialog = await screen.findByRole('dialog', { name: 'API key "CI pipeline" created' });
    expect((within(dialog).getByLabelText('Secret') as HTMLInputElement).value).toBe(SECRET);
    expect(within(dialog).getByText('You will not see it again')).toBeTruthy();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(dialog).getByRole('button', { name: 'Copy secret' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await within(dialog).findByText('Copied to the clipboard.')).toBeTruthy();

    const post = requests.find((r) => r.method === 'POST')!;
    const sent = post.body as { name: string; scopes: string[]; expiresAt: string };
    expect(sent.name).toBe('CI pipeline');
    expect(sent.scopes).toEqual(['read', 'generate']);
    expect(new Date(sent.expiresAt).getDate()).toBe(31); // the end of the chosen day, local time

    await user.click(within(dialog).getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    const row = within(screen.getByRole('table', { name: 'API keys' })).getByText('CI pipeline').closest('tr')!;
    expect(within(row).getByText('lk_0123…')).toBeTruthy();
    expect(within(row).getByText('read, generate')).toBeTruthy();
    expect(within(row).getByText('never')).toBeTruthy();
  });

  it('revokes a key only after the user confirms', async () => {
    const user = userEvent.setup();
    const key: ApiKey = {
      id: 'k1',
      name: 'Nightly export',
      hint: 'lk_9f…',
      scopes: ['read'],
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2099-01-01T00:00:00Z',
      lastUsedAt: '2026-02-01T10:00:00Z',
      revoked: false,
    };
    const requests = fakeServer([key]);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    render(<ApiKeysPanel />);

    const revoke = await screen.findByRole('button', { name: 'Revoke Nightly export' });
    await user.click(revoke);
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(revoke);

    expect(await screen.findByText('Revoked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Revoke Nightly export' })).toBeNull();
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/v1/api-keys/k1']);
  });

  it('asks for at least one scope instead of posting none', async () => {
    const user = userEvent.setup();
    const requests = fakeServer();
    render(<ApiKeysPanel />);
    await screen.findByText(/No keys yet/);

    await user.type(screen.getByLabelText('Key name'), 'x');
    await user.click(screen.getByRole('checkbox', { name: /Read/ }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText('Choose at least one scope.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
