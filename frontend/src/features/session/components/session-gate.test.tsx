import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { get } from '@/lib/api-client';
import { SessionGate } from '@/features/session/components/session-gate';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

const SESSION = { username: 'ada', roles: ['USER'], workspaces: [] };

function app() {
  return (
    <SessionGate>
      {(state, signOut) => (
        <div>
          <p>Inside as {state.kind === 'signed-in' ? state.session.username : 'anyone'}</p>
          {signOut && <button onClick={signOut}>Sign out</button>}
        </div>
      )}
    </SessionGate>
  );
}

describe('SessionGate', () => {
  it('lets everyone in when the server has no sign-in (404)', async () => {
    mockFetch(() => problemResponse(404, 'Not Found', 'No such endpoint'));
    render(app());
    expect(await screen.findByText('Inside as anyone')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('shows the sign-in page on 401, signs in with a POST and shows the app', async () => {
    const user = userEvent.setup();
    const requests = mockFetch(({ method }) =>
      method === 'POST' ? jsonResponse(SESSION) : problemResponse(401, 'Unauthorized', 'Sign in'),
    );
    render(app());

    await user.type(await screen.findByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Inside as ada')).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')).toMatchObject({
      body: { username: 'ada', password: 'secret' },
    });
  });

  it('says the password is wrong when sign-in answers 401', async () => {
    const user = userEvent.setup();
    mockFetch(() => problemResponse(401, 'Unauthorized', 'Bad credentials'));
    render(app());

    await user.type(await screen.findByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(/do not match/)).toBeTruthy();
  });

  it('returns to sign-in with an explanation when a later call answers 401', async () => {
    let expired = false;
    mockFetch(({ url }) =>
      url === '/api/v1/session' && !expired ? jsonResponse(SESSION) : problemResponse(401, 'Unauthorized', 'x'),
    );
    render(app());
    await screen.findByText('Inside as ada');

    expired = true;
    await get('/api/v1/workspaces').catch(() => undefined);

    expect(await screen.findByText(/session has expired/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
