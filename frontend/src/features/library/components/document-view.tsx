import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { ErrorState, Loading } from '@/components/ui/states';
import { isAbortError, messageOf } from '@/lib/api-client';
import { getDocument, listChunks, type Chunk, type LecternDocument } from '@/features/library/api/documents';

/** Media types a browser shows by itself, so the original can be previewed next to its passages. */
const PREVIEWABLE = ['application/pdf', 'text/plain', 'image/png', 'image/jpeg'];

function placeOf(chunk: Chunk): string {
  const { page, slide, sheet } = chunk.location;
  if (page != null) return `Page ${page}`;
  if (slide != null) return `Slide ${slide}`;
  if (sheet != null) return `Sheet ${sheet}`;
  return 'Document text';
}

/** Chunks in reading order, grouped by where they sit in the original (page, slide or sheet). */
function groups(chunks: Chunk[]): [string, Chunk[]][] {
  const result: [string, Chunk[]][] = [];
  for (const chunk of [...chunks].sort((a, b) => a.ordinal - b.ordinal)) {
    const place = placeOf(chunk);
    const last = result[result.length - 1];
    if (last && last[0] === place) last[1].push(chunk);
    else result.push([place, [chunk]]);
  }
  return result;
}

/** One document: what it is, its passages by page and heading, the cited one highlighted. */
export function DocumentView() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const highlighted = search.get('chunk');
  const [document, setDocument] = useState<LecternDocument>();
  const [chunks, setChunks] = useState<Chunk[]>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const marked = useRef<HTMLElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    Promise.all([getDocument(id, { signal: controller.signal }), listChunks(id, { signal: controller.signal })])
      .then(([doc, found]) => {
        setDocument(doc);
        setChunks(found);
      })
      .catch((caught: unknown) => {
        if (!isAbortError(caught)) setError(messageOf(caught, 'Could not open the document.'));
      });
    return () => controller.abort();
  }, [id, attempt]);

  useEffect(() => {
    marked.current?.scrollIntoView?.({ block: 'center' });
    marked.current?.focus();
  }, [chunks, highlighted]);

  if (error) return <ErrorState message={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!document || !chunks) return <Loading>Opening the document…</Loading>;

  const preview = PREVIEWABLE.includes(document.contentType);
  return (
    <div className="stack">
      <p>
        <Link to="/">← Back to the library</Link>
      </p>
      <section className="card" aria-labelledby="document-title">
        <h2 id="document-title">{document.name}</h2>
        <p className="muted">
          {document.contentType} · {document.chunkCount} passages · version {document.version}{' '}
          {document.status === 'READY' ? <Badge tone="success">Ready</Badge> : <Badge tone="neutral">{document.status}</Badge>}
        </p>
        <p>
          <a href={`/api/v1/documents/${document.id}/file`} target="_blank" rel="noreferrer">
            Open the original file
          </a>
        </p>
      </section>
      <div className={preview ? 'document-layout document-layout--preview' : 'document-layout'}>
        <section className="card" aria-labelledby="passages-heading">
          <h2 id="passages-heading">Passages</h2>
          {chunks.length === 0 && <p className="muted">No passages yet: the document is still being processed.</p>}
          {groups(chunks).map(([place, members]) => (
            <div key={`${place}-${members[0]?.id}`} className="chunk-group">
              <h3>{place}</h3>
              {members.map((chunk) => {
                const isMarked = chunk.id === highlighted;
                return (
                  <article
                    key={chunk.id}
                    ref={isMarked ? marked : undefined}
                    tabIndex={isMarked ? -1 : undefined}
                    className={isMarked ? 'chunk chunk--highlighted' : 'chunk'}
                    aria-current={isMarked ? 'true' : undefined}
                    aria-label={isMarked ? 'Cited passage' : undefined}
                  >
                    {chunk.headingPath && <p className="chunk__heading">{chunk.headingPath}</p>}
                    {isMarked ? <mark>{chunk.text}</mark> : <p className="chunk__text">{chunk.text}</p>}
                  </article>
                );
              })}
            </div>
          ))}
        </section>
        {preview && (
          <section className="card" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Original</h2>
            <iframe
              className="preview"
              title={`Preview of ${document.name}`}
              src={`/api/v1/documents/${document.id}/file${placeOfHighlight(chunks, highlighted)}`}
            />
          </section>
        )}
      </div>
    </div>
  );
}

/** Opens a PDF preview at the cited page. */
function placeOfHighlight(chunks: Chunk[], highlighted: string | null): string {
  const page = chunks.find((chunk) => chunk.id === highlighted)?.location.page;
  return page != null ? `#page=${page}` : '';
}
