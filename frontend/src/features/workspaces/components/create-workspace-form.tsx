import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-client';
import { createWorkspace, type Workspace } from '@/features/workspaces/api/workspaces';

type CreateWorkspaceFormProps = {
  onCreated: (workspace: Workspace) => void;
};

export function CreateWorkspaceForm({ onCreated }: CreateWorkspaceFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Enter a name for the workspace.');
      return;
    }
    setSubmitting(true);
    setError(undefined);
    try {
      const workspace = await createWorkspace({ name: trimmed });
      setName('');
      onCreated(workspace);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.detail : 'Could not create the workspace.');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="create-workspace" onSubmit={handleSubmit} noValidate aria-label="Create workspace">
      <TextField
        label="Workspace name"
        name="name"
        autoComplete="off"
        maxLength={200}
        value={name}
        error={error}
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? 'Creating…' : 'Create workspace'}
      </Button>
    </form>
  );
}
