import { useEffect, useState } from 'react';
import { isAbortError, messageOf } from '@/lib/api-client';
import { readyDocuments, type ReadyDocument } from '@/features/studio/api/studio';

type SourcePickerProps = {
  workspaceId: string;
  selected: string[];
  onChange: (ids: string[]) => void;
};

/** Checkboxes for the workspace's ready documents: the sources an output is written from. */
export function SourcePicker({ workspaceId, selected, onChange }: SourcePickerProps) {
  const [documents, setDocuments] = useState<ReadyDocument[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    readyDocuments(workspaceId, { signal: controller.signal })
      .then(setDocuments)
      .catch((caught: unknown) => {
        if (!isAbortError(caught)) setError(messageOf(caught, 'Could not load the documents.'));
      });
    return () => controller.abort();
  }, [workspaceId]);

  return (
    <fieldset className="source-picker">
      <legend>Sources</legend>
      {error && <p className="text-danger">{error}</p>}
      {!error && !documents && <p className="muted">Loading documents…</p>}
      {documents?.length === 0 && (
        <p className="muted">No ready documents yet: upload some in the Library, or use a search below.</p>
      )}
      {documents?.map((document) => (
        <label key={document.id} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(document.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...selected, document.id] : selected.filter((id) => id !== document.id),
              )
            }
          />
          {document.name}
        </label>
      ))}
    </fieldset>
  );
}
