import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { CopyPanel } from '@/features/studio/components/copy-panel';
import { ReportPanel } from '@/features/studio/components/report-panel';
import { SourcePicker } from '@/features/studio/components/source-picker';
import { SummaryPanel } from '@/features/studio/components/summary-panel';

const TABS = [
  { id: 'summary', label: 'Summary' },
  { id: 'copy', label: 'Marketing copy' },
  { id: 'report', label: 'Report' },
] as const;

type Tab = (typeof TABS)[number]['id'];

/** Writes summaries, marketing copy and reports from the sources the user picks. */
export function StudioPage({ workspaceId }: { workspaceId: string }) {
  const [tab, setTab] = useState<Tab>('summary');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const sources = {
    documentIds: documentIds.length > 0 ? documentIds : undefined,
    query: query.trim() || undefined,
  };

  return (
    <div className="two-columns">
      <section className="card" aria-label="Sources">
        <SourcePicker workspaceId={workspaceId} selected={documentIds} onChange={setDocumentIds} />
        <TextField label="Or a search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </section>
      <section className="card" aria-labelledby="studio-heading">
        <h2 id="studio-heading">Studio</h2>
        <div role="tablist" aria-label="What to write" className="tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              className="tabs__tab"
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'summary' && <SummaryPanel workspaceId={workspaceId} sources={sources} />}
          {tab === 'copy' && <CopyPanel workspaceId={workspaceId} sources={sources} />}
          {tab === 'report' && <ReportPanel workspaceId={workspaceId} sources={sources} />}
        </div>
      </section>
    </div>
  );
}
