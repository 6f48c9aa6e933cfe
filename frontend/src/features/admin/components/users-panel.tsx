import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, Loading } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/roles';
import { useLoaded } from '@/lib/use-loaded';
import { changeUser, createUser, listUsers, type User } from '@/features/admin/api/users';

const MIN_PASSWORD = 12;

function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^[A-Za-z0-9._@-]{1,100}$/.test(username.trim())) {
      setError('Enter a username of letters, digits and . _ @ - only.');
      return;
    }
    if (password.length < MIN_PASSWORD) {
      setError(`Choose a password of at least ${MIN_PASSWORD} characters.`);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onCreated(await createUser({ username: username.trim(), password, role }));
      setUsername('');
      setPassword('');
    } catch (caught) {
      setError(messageOf(caught, 'Could not create the user.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Create user">
      <TextField label="New username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        value={password}
        error={error}
        onChange={(e) => setPassword(e.target.value)}
      />
      <SelectField label="Role" options={ROLES} value={role} onChange={(e) => setRole(e.target.value as Role)} />
      <Button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create user'}
      </Button>
    </form>
  );
}

/** Local accounts for administrators: create with a role, change the global role, disable and enable. */
export function UsersPanel() {
  const notify = useToast();
  const { value: users, error, reload } = useLoaded(listUsers, 'Could not load the users.');

  async function change(user: User, update: { role?: Role; enabled?: boolean }, done: string) {
    try {
      await changeUser(user.username, update);
      notify(done, 'success');
    } catch (caught) {
      notify(messageOf(caught, 'That did not work.'), 'danger');
    }
    reload();
  }

  return (
    <section className="card" aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      {error && <ErrorState message={error} onRetry={reload} />}
      {!error && !users && <Loading>Loading users…</Loading>}
      {users && (
        <div className="table-scroll">
          <table className="table" aria-label="Users">
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.username}>
                  <td>
                    <strong>{user.username}</strong>
                    <div className="muted">since {new Date(user.createdAt).toLocaleDateString()}</div>
                  </td>
                  <td>
                    <select
                      className="field__input"
                      aria-label={`Role of ${user.username}`}
                      value={user.role}
                      onChange={(e) =>
                        void change(user, { role: e.target.value as Role }, `${user.username} is now ${e.target.value.toLowerCase()}.`)
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.enabled ? <Badge tone="success">Enabled</Badge> : <Badge tone="danger">Disabled</Badge>}</td>
                  <td>
                    <Button
                      variant="secondary"
                      className="button--small"
                      aria-label={`${user.enabled ? 'Disable' : 'Enable'} ${user.username}`}
                      onClick={() =>
                        void change(
                          user,
                          { enabled: !user.enabled },
                          user.enabled ? `${user.username} can no longer sign in.` : `${user.username} can sign in again.`,
                        )
                      }
                    >
                      {user.enabled ? 'Disable' : 'Enable'}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm
        onCreated={(user) => {
          notify(`${user.username} can now sign in.`, 'success');
          reload();
        }}
      />
    </section>
  );
}
