import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState, Loading } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import { useLoaded } from '@/lib/use-loaded';
import { issueKey, listKeys, revokeKey, SCOPES, type ApiKey, type IssuedKey } from '@/features/admin/api/api-keys';
import { SecretDialog } from '@/features/admin/components/secret-dialog';

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : 'never');

function IssueKeyForm({ onIssued }: { onIssued: (key: IssuedKey) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['read']);
  const [expires, setExpires] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return setError('Name the key after what will use it, e.g. "CI pipeline".');
    if (scopes.length === 0) return setError('Choose at least one scope.');
    setBusy(true);
    setError(undefined);
    try {
      // the end of the chosen day where the user is; without a day the server gives its default lifetime
      const expiresAt = expires ? new Date(`${expires}T23:59:59`).toISOString() : undefined;
      onIssued(await issueKey({ name: name.trim(), scopes, expiresAt }));
      setName('');
      setExpires('');
    } catch (caught) {
      setError(messageOf(caught, 'Could not create the key.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Create API key">
      <TextField label="Key name" autoComplete="off" maxLength={200} value={name} error={error} onChange={(e) => setName(e.target.value)} />
      <TextField label="Expires on (optional)" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      <fieldset className="source-picker">
        <legend>Scopes</legend>
        {SCOPES.map((scope) => (
          <label key={scope.value} className="checkbox">
            <input
              type="checkbox"
              checked={scopes.includes(scope.value)}
              onChange={(e) =>
                setScopes(e.target.checked ? [...scopes, scope.value] : scopes.filter((s) => s !== scope.value))
              }
            />
            {scope.label} <span className="muted">— {scope.hint}</span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create key'}
      </Button>
    </form>
  );
}

function state(key: ApiKey) {
  if (key.revoked) return <Badge tone="danger">Revoked</Badge>;
  if (new Date(key.expiresAt) <= new Date()) return <Badge tone="neutral">Expired</Badge>;
  return <Badge tone="success">Active</Badge>;
}

/** The signed-in user's API keys for integrations: create (secret shown once), list, revoke. */
export function ApiKeysPanel() {
  const notify = useToast();
  const { value: keys, error, reload } = useLoaded(listKeys, 'Could not load your API keys.');
  const [issued, setIssued] = useState<IssuedKey>();

  async function revoke(key: ApiKey) {
    if (!window.confirm(`Revoke "${key.name}"? Anything that uses it stops working at once.`)) return;
    try {
      await revokeKey(key.id);
      notify(`"${key.name}" is revoked.`, 'success');
    } catch (caught) {
      notify(messageOf(caught, 'Could not revoke the key.'), 'danger');
    }
    reload();
  }

  return (
    <section className="card" aria-labelledby="keys-heading">
      <h2 id="keys-heading">API keys</h2>
      <p className="muted">Keys let scripts and integrations call Lectern as you, limited to the scopes you choose.</p>
      {error && <ErrorState message={error} onRetry={reload} />}
      {!error && !keys && <Loading>Loading API keys…</Loading>}
      {keys?.length === 0 && <p className="muted">No keys yet: create one below for each integration.</p>}
      {keys && keys.length > 0 && (
        <div className="table-scroll">
          <table className="table" aria-label="API keys">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scopes</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>
                    <strong>{key.name}</strong>
                    <div className="muted">
                      <code>{key.hint}</code>
                    </div>
                  </td>
                  <td>{key.scopes.join(', ')}</td>
                  <td>{day(key.lastUsedAt)}</td>
                  <td>{day(key.expiresAt)}</td>
                  <td>{state(key)}</td>
                  <td>
                    {!key.revoked && (
                      <Button variant="secondary" className="button--small" aria-label={`Revoke ${key.name}`} onClick={() => void revoke(key)}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <IssueKeyForm
        onIssued={(key) => {
          setIssued(key);
          reload();
        }}
      />
      {issued && <SecretDialog issued={issued} onClose={() => setIssued(undefined)} />}
    </section>
  );
}
