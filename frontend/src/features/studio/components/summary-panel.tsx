import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { CitedText } from '@/components/ui/cited-text';
import { SelectField } from '@/components/ui/select-field';
import { Loading } from '@/components/ui/states';
import { messageOf } from '@/lib/api-client';
import { summarize, type Sources, type SummaryResult, type SummaryStyle } from '@/features/studio/api/studio';

const STYLES: { value: SummaryStyle; label: string }[] = [
  { value: 'EXECUTIVE_BRIEF', label: 'Executive brief' },
  { value: 'KEY_POINTS', label: 'Key points' },
  { value: 'DETAILED', label: 'Detailed' },
];

/** A summary of the chosen sources, each sentence with its citations. */
export function SummaryPanel({ workspaceId, sources }: { workspaceId: string; sources: Sources }) {
  const [style, setStyle] = useState<SummaryStyle>('EXECUTIVE_BRIEF');
  const [result, setResult] = useState<SummaryResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setResult(await summarize(workspaceId, { ...sources, style }));
    } catch (caught) {
      setError(messageOf(caught, 'The summary could not be written.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <form className="studio-form" onSubmit={submit} aria-label="Summary">
        <SelectField label="Style" value={style} options={STYLES} onChange={(e) => setStyle(e.target.value as SummaryStyle)} />
        <Button type="submit" disabled={busy}>
          {busy ? 'Summarizing…' : 'Summarize'}
        </Button>
      </form>
      {error && <p role="alert" className="text-danger">{error}</p>}
      {busy && <Loading>Reading the sources and writing the summary…</Loading>}
      {result && !busy && (
        <section className="output" aria-label="Summary output">
          <CitedText output={result} />
          <p className="muted">
            From {result.sourcesUsed} passages · {result.mode === 'EXTRACTIVE' ? 'quoted from the sources' : 'written by the model'}
          </p>
        </section>
      )}
    </div>
  );
}
