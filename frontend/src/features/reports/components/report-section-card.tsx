import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CitedText } from '@/components/ui/cited-text';
import { TextArea } from '@/components/ui/text-area';
import type { ReportSection } from '@/features/reports/api/reports';

type ReportSectionCardProps = {
  section: ReportSection;
  busy: boolean;
  onSave: (text: string) => void;
  onRegenerate: () => void;
};

/** One section: read with its sources, edit by hand, or have it written again. */
export function ReportSectionCard({ section, busy, onSave, onRegenerate }: ReportSectionCardProps) {
  const [draft, setDraft] = useState<string>();
  return (
    <section className="report-section" aria-label={section.title}>
      <h3>{section.title}</h3>
      {draft === undefined ? (
        <CitedText output={{ text: section.text, sentences: section.sentences, citations: section.sources }} />
      ) : (
        <TextArea label={`Text of ${section.title}`} rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} />
      )}
      <div className="turn__actions">
        {draft === undefined ? (
          <>
            <Button variant="secondary" className="button--small" disabled={busy} onClick={() => setDraft(section.text)}>
              Edit
            </Button>
            <Button variant="secondary" className="button--small" disabled={busy} onClick={onRegenerate}>
              {busy ? 'Working…' : 'Regenerate section'}
            </Button>
          </>
        ) : (
          <>
            <Button
              className="button--small"
              onClick={() => {
                onSave(draft);
                setDraft(undefined);
              }}
            >
              Save as new version
            </Button>
            <Button variant="secondary" className="button--small" onClick={() => setDraft(undefined)}>
              Cancel
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
