import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-client';
import { signIn, signInProviders, type Session } from '@/features/session/api/session';

type SignInPageProps = {
  /** Why the user sees this page again, e.g. an expired session. */
  notice?: string;
  onSignedIn: (session: Session) => void;
};

export function SignInPage({ notice, onSignedIn }: SignInPageProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [singleSignOnUrl, setSingleSignOnUrl] = useState<string | null>(null);
  // the server sends the browser back here when the provider signed the user in but Lectern refused them
  const refused = new URLSearchParams(window.location.search).get('sign-in') === 'refused';

  useEffect(() => {
    let current = true;
    void signInProviders().then((providers) => {
      if (current && providers.singleSignOn.enabled) {
        setSingleSignOnUrl(providers.singleSignOn.loginUrl);
      }
    });
    return () => {
      current = false;
    };
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('Enter your username and password.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await signIn(username.trim(), password));
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'That username and password do not match. Check them and try again.'
          : caught instanceof ApiError
            ? caught.detail
            : 'Could not sign in.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card sign-in__card" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Lectern</h1>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {refused && (
          <p className="notice" role="alert">
            Single sign-on did not let you in. Ask an administrator to check your account and groups.
          </p>
        )}
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={error}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
        {singleSignOnUrl && (
          // a full page load: the provider's sign-in is another site
          <a className="button button--secondary sign-in__provider" href={singleSignOnUrl}>
            Sign in with single sign-on
          </a>
        )}
      </form>
    </main>
  );
}
