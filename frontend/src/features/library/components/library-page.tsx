import { useCallback, useEffect, useMemo, useState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { EmptyState, ErrorState, Loading } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { useToast } from '@/components/ui/toast';
import { isAbortError, messageOf } from '@/lib/api-client';
import {
  deleteDocument,
  inProgress,
  listDocuments,
  type DocumentStatus,
  type LecternDocument,
} from '@/features/library/api/documents';
import { DocumentTable } from '@/features/library/components/document-table';
import { UploadZone } from '@/features/library/components/upload-zone';

/** How often the list is refreshed while documents are being processed. */
export const POLL_MS = 1500;

const STATUS_OPTIONS = [
  { value: '', label: 'All' },
  { value: 'READY', label: 'Ready' },
  { value: 'PROCESSING', label: 'Processing' },
  { value: 'QUEUED', label: 'Queued' },
  { value: 'FAILED', label: 'Failed' },
];

/** The workspace's documents: upload, live processing status, filters, delete. */
export function LibraryPage({ workspaceId }: { workspaceId: string }) {
  const notify = useToast();
  const [documents, setDocuments] = useState<LecternDocument[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [nameFilter, setNameFilter] = useState('');
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    listDocuments(workspaceId, (status || undefined) as DocumentStatus | undefined, {
      signal: controller.signal,
    })
      .then((page) => {
        setDocuments(page.items);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (!isAbortError(caught)) setError(messageOf(caught, 'Could not load the documents.'));
      });
    return () => controller.abort();
  }, [workspaceId, status, tick]);

  // Poll only while something is still being processed.
  const busy = documents?.some(inProgress) ?? false;
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setTimeout(refresh, POLL_MS);
    return () => clearTimeout(timer);
  }, [busy, documents, refresh]);

  const shown = useMemo(
    () => documents?.filter((d) => d.name.toLowerCase().includes(nameFilter.trim().toLowerCase())),
    [documents, nameFilter],
  );

  async function remove(document: LecternDocument) {
    if (!window.confirm(`Delete "${document.name}"? Its passages leave the search index too.`)) return;
    try {
      await deleteDocument(document.id);
      notify(`Deleted ${document.name}.`, 'success');
      refresh();
    } catch (caught) {
      notify(messageOf(caught, `Could not delete ${document.name}.`), 'danger');
    }
  }

  return (
    <div className="stack">
      <UploadZone workspaceId={workspaceId} onUploaded={refresh} />
      <section className="card" aria-labelledby="documents-heading">
        <h2 id="documents-heading">Documents</h2>
        <div className="filters">
          <TextField
            label="Filter by name"
            value={nameFilter}
            onChange={(event) => setNameFilter(event.target.value)}
          />
          <SelectField
            label="Status"
            value={status}
            options={STATUS_OPTIONS}
            onChange={(event) => setStatus(event.target.value)}
          />
        </div>
        {error && !documents && <ErrorState message={error} onRetry={refresh} />}
        {!error && !documents && <Loading>Loading documents…</Loading>}
        {shown && shown.length === 0 && (
          <EmptyState title={documents?.length === 0 && !status ? 'No documents yet.' : 'No documents match.'}>
            <p className="muted">
              {documents?.length === 0 && !status
                ? 'Drop files above to add them; they become searchable in a minute or two.'
                : 'Clear the filters to see every document.'}
            </p>
          </EmptyState>
        )}
        {shown && shown.length > 0 && <DocumentTable documents={shown} onDelete={remove} />}
      </section>
    </div>
  );
}
