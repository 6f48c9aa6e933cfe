import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '@/features/workspaces/api/workspaces';
import { WorkspacesPanel } from '@/features/workspaces/components/workspaces-panel';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

const EMPTY_STATE = 'No workspaces yet — create one to start adding documents.';

/** A fake server holding a list of workspaces; POST adds to it unless `rejectCreate` answers. */
function fakeServer(initial: Workspace[], rejectCreate?: () => Response) {
  const workspaces = [...initial];
  const requests = mockFetch(({ method, url, body }) => {
    if (url !== '/api/v1/workspaces') {
      return jsonResponse({ status: 404 }, 404);
    }
    if (method === 'POST') {
      if (rejectCreate) {
        return rejectCreate();
      }
      const created = { id: `id-${workspaces.length + 1}`, name: (body as { name: string }).name, role: 'ADMIN' as const };
      workspaces.push(created);
      return jsonResponse(created, 201);
    }
    return jsonResponse(workspaces);
  });
  return { requests };
}

describe('WorkspacesPanel', () => {
  it('shows a loading state, then the names of the workspaces', async () => {
    fakeServer([
      { id: 'a1', name: 'Legal', role: 'ADMIN' },
      { id: 'b2', name: 'Engineering handbook', role: 'VIEWER' },
    ]);

    render(<WorkspacesPanel />);

    expect(screen.getByRole('status').textContent).toBe('Loading workspaces…');
    const list = await screen.findByRole('list', { name: 'Workspaces' });
    const names = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(names).toEqual(['Legal', 'Engineering handbook']);
    expect(screen.queryByText('Loading workspaces…')).toBeNull();
    expect(screen.queryByText(EMPTY_STATE)).toBeNull();
  });

  it('shows the empty state when there are no workspaces', async () => {
    fakeServer([]);

    render(<WorkspacesPanel />);

    expect(await screen.findByText(EMPTY_STATE)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('creates a workspace with a POST and refreshes the list', async () => {
    const user = userEvent.setup();
    const { requests } = fakeServer([]);
    render(<WorkspacesPanel />);
    await screen.findByText(EMPTY_STATE);

    await user.type(screen.getByLabelText('Workspace name'), '  Research  ');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    const list = await screen.findByRole('list', { name: 'Workspaces' });
    expect(within(list).getByRole('listitem').textContent).toBe('Research');
    expect(requests.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'GET /api/v1/workspaces',
      'POST /api/v1/workspaces',
      'GET /api/v1/workspaces',
    ]);
    expect(requests[1]?.body).toEqual({ name: 'Research' });
    expect((screen.getByLabelText('Workspace name') as HTMLInputElement).value).toBe('');
  });

  it("shows the server's problem detail inline when creating fails", async () => {
    const user = userEvent.setup();
    const { requests } = fakeServer([{ id: 'a1', name: 'Legal', role: 'ADMIN' }], () =>
      problemResponse(409, 'Conflict', 'A workspace named "Legal" already exists.'),
    );
    render(<WorkspacesPanel />);
    await screen.findByRole('list', { name: 'Workspaces' });

    const input = screen.getByLabelText('Workspace name');
    await user.type(input, 'Legal');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    const error = await screen.findByText('A workspace named "Legal" already exists.');
    expect(error.getAttribute('aria-live')).toBe('polite');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    expect((input as HTMLInputElement).value).toBe('Legal');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    // The list was not reloaded after the failure.
    expect(requests.filter((request) => request.method === 'GET')).toHaveLength(1);
  });

  it('asks for a name instead of posting an empty one', async () => {
    const user = userEvent.setup();
    const { requests } = fakeServer([]);
    render(<WorkspacesPanel />);
    await screen.findByText(EMPTY_STATE);

    await user.type(screen.getByLabelText('Workspace name'), '   ');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(await screen.findByText('Enter a name for the workspace.')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows why the list could not be loaded and loads it again on retry', async () => {
    const user = userEvent.setup();
    let failing = true;
    mockFetch(() =>
      failing
        ? problemResponse(503, 'Service Unavailable', 'The database is not reachable.')
        : jsonResponse([{ id: 'a1', name: 'Legal', role: 'ADMIN' }]),
    );
    render(<WorkspacesPanel />);

    expect((await screen.findByRole('alert')).textContent).toBe('The database is not reachable.');

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    const list = await screen.findByRole('list', { name: 'Workspaces' });
    expect(within(list).getByRole('listitem').textContent).toBe('Legal');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
