import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ErrorState, Loading } from '@/components/ui/states';
import { useClearToasts } from '@/components/ui/toast';
import { messageOf, onUnauthorized } from '@/lib/api-client';
import { currentSession, signOut, type SessionState } from '@/features/session/api/session';
import { SignInPage } from '@/features/session/components/sign-in-page';

const EXPIRED = 'Your session has expired. Sign in again to carry on where you were.';

type SessionGateProps = {
  /** Renders the app for a signed-in user (or everyone, on a server without sign-in). */
  children: (session: SessionState, signOut?: () => void) => ReactNode;
};

/** Shows the sign-in page until the server accepts the user, and again when any call answers 401. */
export function SessionGate({ children }: SessionGateProps) {
  const [state, setState] = useState<SessionState | 'loading' | { error: string }>('loading');
  const [notice, setNotice] = useState<string>();

  const load = useCallback(() => {
    setState('loading');
    currentSession()
      .then(setState)
      .catch((error: unknown) => setState({ error: messageOf(error, 'Could not reach the server.') }));
  }, []);

  useEffect(load, [load]);
  // on sign-out and on expiry: messages of the session that ended (often errors of its last calls) go with it
  const clearToasts = useClearToasts();
  const signedOut = typeof state === 'object' && 'kind' in state && state.kind === 'signed-out';
  useEffect(() => {
    if (signedOut) clearToasts();
  }, [signedOut, clearToasts]);
  useEffect(
    () =>
      onUnauthorized(() => {
        setNotice(EXPIRED);
        setState({ kind: 'signed-out' });
      }),
    [],
  );

  if (state === 'loading') {
    return <Loading>Checking your session…</Loading>;
  }
  if ('error' in state) {
    return <ErrorState message={state.error} onRetry={load} />;
  }
  if (state.kind === 'signed-out') {
    return (
      <SignInPage
        notice={notice}
        onSignedIn={(session) => {
          setNotice(undefined);
          setState({ kind: 'signed-in', session });
        }}
      />
    );
  }
  const leave =
    state.kind === 'signed-in'
      ? () => {
          void signOut().finally(() => {
            setNotice('You have signed out.');
            setState({ kind: 'signed-out' });
          });
        }
      : undefined;
  return <>{children(state, leave)}</>;
}
