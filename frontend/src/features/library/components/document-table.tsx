import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { LecternDocument } from '@/features/library/api/documents';

const STAGE_WORDS: Record<string, string> = {
  QUEUED: 'Waiting to start',
  PARSING: 'Reading the file',
  CHUNKING: 'Splitting into passages',
  EMBEDDING: 'Making it searchable',
  READY: 'Ready',
  FAILED: 'Failed',
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Status({ document }: { document: LecternDocument }) {
  if (document.status === 'READY') {
    return <Badge tone="success">Ready</Badge>;
  }
  if (document.status === 'FAILED') {
    return (
      <div className="doc-status">
        <Badge tone="danger">Failed</Badge>
        <span className="text-danger">{document.error ?? 'Processing failed. Upload the file again.'}</span>
      </div>
    );
  }
  const stage = STAGE_WORDS[document.progress.stage] ?? document.progress.stage;
  return (
    <div className="doc-status">
      <span>
        {stage} · {document.progress.percent}%
      </span>
      <ProgressBar value={document.progress.percent} label={`Processing ${document.name}`} />
      {document.error && <span className="muted">{document.error}</span>}
    </div>
  );
}

type DocumentTableProps = {
  documents: LecternDocument[];
  onDelete: (document: LecternDocument) => void;
};

/** The documents of a workspace with their live processing state. */
export function DocumentTable({ documents, onDelete }: DocumentTableProps) {
  return (
    <table className="table" aria-label="Documents">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col">Passages</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id} data-status={document.status}>
            <td>
              <Link to={`/documents/${document.id}`}>{document.name}</Link>
            </td>
            <td>
              <Status document={document} />
            </td>
            <td>{document.status === 'READY' ? document.chunkCount : '—'}</td>
            <td>{size(document.sizeBytes)}</td>
            <td>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Delete ${document.name}`}
                onClick={() => onDelete(document)}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
