import { useCallback, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, Loading } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/roles';
import { useLoaded } from '@/lib/use-loaded';
import { listMembers, putMember, removeMember, type Member } from '@/features/workspaces/api/members';

function AddMemberForm({ workspaceId, onAdded }: { workspaceId: string; onAdded: (member: Member) => void }) {
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim()) return setError('Enter the username of someone who can sign in.');
    setBusy(true);
    setError(undefined);
    try {
      onAdded(await putMember(workspaceId, username.trim(), role));
      setUsername('');
    } catch (caught) {
      setError(messageOf(caught, 'Could not add the member.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Add member">
      <TextField label="Username" autoComplete="off" value={username} error={error} onChange={(e) => setUsername(e.target.value)} />
      <SelectField label="Role" options={ROLES} value={role} onChange={(e) => setRole(e.target.value as Role)} />
      <Button type="submit" disabled={busy}>
        {busy ? 'Adding…' : 'Add member'}
      </Button>
    </form>
  );
}

/** Who may use the chosen workspace and how: viewers read and ask, editors change content, administrators manage members. */
export function MembersPanel({ workspaceId }: { workspaceId: string }) {
  const notify = useToast();
  const load = useCallback(() => listMembers(workspaceId), [workspaceId]);
  const { value: members, error, reload } = useLoaded(load, 'Could not load the members.');

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      notify(done, 'success');
    } catch (caught) {
      notify(messageOf(caught, 'That did not work.'), 'danger');
    }
    reload();
  }

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {error && <ErrorState message={error} onRetry={reload} />}
      {!error && !members && <Loading>Loading members…</Loading>}
      {members?.length === 0 && <p className="muted">No members yet: add the people who should see this workspace.</p>}
      {members && members.length > 0 && (
        <ul className="workspace-list" aria-label="Members">
          {members.map((member) => (
            <li key={member.username} className="workspace-list__item member">
              <strong>{member.username}</strong>
              <select
                className="field__input"
                aria-label={`Role of ${member.username}`}
                value={member.role}
                onChange={(e) =>
                  void act(
                    () => putMember(workspaceId, member.username, e.target.value as Role),
                    `${member.username} is now ${e.target.value.toLowerCase()} here.`,
                  )
                }
              >
                {ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
              <Button
                variant="secondary"
                className="button--small"
                aria-label={`Remove ${member.username}`}
                onClick={() => {
                  if (window.confirm(`Remove ${member.username} from this workspace?`)) {
                    void act(() => removeMember(workspaceId, member.username), `${member.username} was removed.`);
                  }
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddMemberForm
        workspaceId={workspaceId}
        onAdded={(member) => {
          notify(`${member.username} was added.`, 'success');
          reload();
        }}
      />
    </section>
  );
}
