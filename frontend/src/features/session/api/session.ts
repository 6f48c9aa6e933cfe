import type { components } from '@/api/schema';
import { ApiError, del, get, post } from '@/lib/api-client';

export type Session = components['schemas']['SessionView'];

/** The server's answer about who is signed in. */
export type SessionState =
  | { kind: 'signed-in'; session: Session }
  | { kind: 'signed-out' }
  /** The server has no sign-in (404 on /api/v1/session): everyone is let in. */
  | { kind: 'open' };

const SESSION_PATH = '/api/v1/session';

export async function currentSession(): Promise<SessionState> {
  try {
    return { kind: 'signed-in', session: await get<Session>(SESSION_PATH) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return { kind: 'signed-out' };
    }
    if (error instanceof ApiError && error.status === 404) {
      return { kind: 'open' };
    }
    throw error;
  }
}

/** Which ways of signing in the server offers besides a password. */
export type SignInProviders = components['schemas']['Providers'];

const NO_SINGLE_SIGN_ON: SignInProviders = { password: true, singleSignOn: { enabled: false, loginUrl: null } };

/** Never fails: without an answer the page offers the password form alone. */
export async function signInProviders(): Promise<SignInProviders> {
  try {
    return await get<SignInProviders>(`${SESSION_PATH}/providers`);
  } catch {
    return NO_SINGLE_SIGN_ON;
  }
}

export function signIn(username: string, password: string): Promise<Session> {
  const credentials: components['schemas']['Credentials'] = { username, password };
  return post<Session>(SESSION_PATH, credentials);
}

export function signOut(): Promise<void> {
  return del(SESSION_PATH);
}
