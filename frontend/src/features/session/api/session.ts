import { ApiError, del, get, post } from '@/lib/api-client';

export interface Session {
  username: string;
  roles: string[];
  workspaces: { id: string; role: string }[];
}

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
export interface SignInProviders {
  singleSignOn: { enabled: boolean; loginUrl: string | null };
}

const NO_SINGLE_SIGN_ON: SignInProviders = { singleSignOn: { enabled: false, loginUrl: null } };

/** Never fails: without an answer the page offers the password form alone. */
export async function signInProviders(): Promise<SignInProviders> {
  try {
    return await get<SignInProviders>(`${SESSION_PATH}/providers`);
  } catch {
    return NO_SINGLE_SIGN_ON;
  }
}

export function signIn(username: string, password: string): Promise<Session> {
  return post<Session>(SESSION_PATH, { username, password });
}

export function signOut(): Promise<void> {
  return del(SESSION_PATH);
}
