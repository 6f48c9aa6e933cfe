import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ToastProvider, useToast } from '@/components/ui/toast';
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

describe('SessionGate and the toasts of the session that ended', () => {
  function appWithToasts() {
    function Inside({ signOut }: { signOut?: () => void }) {
      const notify = useToast();
      return (
        <div>
          <button onClick={() => notify('Deleted report.pdf', 'success')}>Say done</button>
          <button onClick={() => notify('The upload failed.', 'danger')}>Say failed</button>
          <button onClick={() => void get('/api/v1/workspaces').catch(() => notify('Could not load.', 'danger'))}>
            Load
          </button>
          {signOut && <button onClick={signOut}>Sign out</button>}
        </div>
      );
    }
    return (
      <ToastProvider>
        <SessionGate>{(_state, signOut) => <Inside signOut={signOut} />}</SessionGate>
      </ToastProvider>
    );
  }

  it('clears them on sign-out', async () => {
    const user = userEvent.setup();
    mockFetch(({ method, url }) => {
      if (url.endsWith('/providers')) return problemResponse(404, 'Not Found', 'x');
      return method === 'DELETE' ? new Response(null, { status: 204 }) : jsonResponse(SESSION);
    });
    render(appWithToasts());
    await user.click(await screen.findByRole('button', { name: 'Say done' }));
    await user.click(screen.getByRole('button', { name: 'Say failed' }));
    expect(screen.getByText('The upload failed.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('You have signed out.')).toBeTruthy();
    expect(screen.queryByText('Deleted report.pdf')).toBeNull();
    expect(screen.queryByText('The upload failed.')).toBeNull();
  });

  it('clears them when the session expires, also the error of the call that found out', async () => {
    const user = userEvent.setup();
    let expired = false;
    mockFetch(({ url }) =>
      url === '/api/v1/session' && !expired ? jsonResponse(SESSION) : problemResponse(401, 'Unauthorized', 'x'),
    );
    render(appWithToasts());
    await user.click(await screen.findByRole('button', { name: 'Say failed' }));

    expired = true;
    await user.click(screen.getByRole('button', { name: 'Load' }));

    expect(await screen.findByText(/session has expired/)).toBeTruthy();
    expect(screen.queryByText('The upload failed.')).toBeNull();
    expect(screen.queryByText('Could not load.')).toBeNull();
  });
});
