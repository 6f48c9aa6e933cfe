import { Link } from 'react-router';

/**
 * A cited source, as answers, summaries, copy and reports carry it. Kept structural rather than an alias: it
 * accepts both server schemas, CitationView (page/slide/sheet) and a report's Citation (location).
 */
export interface CitationView {
  number: number;
  chunkId: string;
  documentId: string;
  documentName: string;
  page?: number | null;
  slide?: number | null;
  sheet?: string | null;
  /** Stored answers keep the location as the server's record: {kind, number, label}. */
  location?: { kind?: string; number?: number; label?: string } | null;
  headingPath?: string | null;
  passage?: string;
}

export interface CitedSentence {
  text: string;
  citations: number[];
  /** Whether the cited passages back the sentence, once the server checks it; absent means "cites something". */
  supported?: boolean;
}

function isUnsupported(sentence: CitedSentence): boolean {
  return sentence.supported === false || sentence.citations.length === 0;
}

export interface CitedOutput {
  text: string;
  sentences?: CitedSentence[] | null;
  citations?: CitationView[] | null;
}

function where(citation: CitationView): string {
  const page = citation.page ?? (citation.location?.kind === 'PAGE' ? citation.location.number : undefined);
  const slide = citation.slide ?? (citation.location?.kind === 'SLIDE' ? citation.location.number : undefined);
  if (page != null) return `, p. ${page}`;
  if (slide != null) return `, slide ${slide}`;
  if (citation.sheet) return `, ${citation.sheet}`;
  return '';
}

/** A chip that opens the cited passage highlighted in its document. */
export function CitationChip({ citation }: { citation: CitationView }) {
  return (
    <Link
      className="citation-chip"
      to={`/documents/${citation.documentId}?chunk=${citation.chunkId}`}
      title={citation.passage}
      aria-label={`Source ${citation.number}: ${citation.documentName}${where(citation)}`}
    >
      [{citation.number}] {citation.documentName}
      {where(citation)}
    </Link>
  );
}

/** Chips for a list of sources, named for screen readers by `label`. */
export function CitationList({ citations, label }: { citations: CitationView[]; label: string }) {
  return (
    <ul className="citation-list" aria-label={label}>
      {citations.map((citation) => (
        <li key={`${citation.number}-${citation.chunkId}`}>
          <CitationChip citation={citation} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The text sentence by sentence when the server says which sources each cites: sentences that cite none
 * are marked as unsupported, so a reader knows what to check. Falls back to the plain text.
 */
export function CitedText({ output }: { output: CitedOutput }) {
  const citations = output.citations ?? [];
  const sentences = output.sentences ?? [];
  return (
    <div className="cited-text">
      {sentences.length === 0 ? (
        <p className="cited-text__body">{output.text}</p>
      ) : (
        <p className="cited-text__body">
          {sentences.map((sentence, index) =>
            isUnsupported(sentence) ? (
              <span
                key={index}
                className="sentence sentence--unsupported"
                title={
                  sentence.citations.length === 0
                    ? 'This sentence cites no source'
                    : 'The cited passage does not back this sentence'
                }
              >
                {sentence.text}
                <span className="visually-hidden"> (not supported by the sources)</span>{' '}
              </span>
            ) : (
              <span key={index} className="sentence">
                {sentence.text}{' '}
              </span>
            ),
          )}
        </p>
      )}
      {citations.length > 0 && <CitationList citations={citations} label="Sources" />}
    </div>
  );
}
