import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { Loading } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { messageOf } from '@/lib/api-client';
import { generateReport, reportTemplates, type ReportTemplate, type Sources } from '@/features/studio/api/studio';

/** A report from a template; once written it opens in the report view, where it can be edited and exported. */
export function ReportPanel({ workspaceId, sources }: { workspaceId: string; sources: Sources }) {
  const navigate = useNavigate();
  const [templates, setTemplates] = useState<ReportTemplate[]>();
  const [template, setTemplate] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    reportTemplates()
      .then((found) => {
        setTemplates(found);
        setTemplate((current) => current || found[0]?.id || '');
      })
      .catch((caught: unknown) => setError(messageOf(caught, 'Could not load the report templates.')));
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const id = await generateReport(workspaceId, {
        template,
        title: title.trim() || undefined,
        documentIds: sources.documentIds,
      });
      navigate(`/reports/${id}`);
    } catch (caught) {
      setError(messageOf(caught, 'The report could not be written.'));
      setBusy(false);
    }
  }

  const chosen = templates?.find((t) => t.id === template);
  return (
    <div className="stack">
      {!templates && !error && <Loading>Loading templates…</Loading>}
      {templates && (
        <form className="studio-form" onSubmit={submit} aria-label="Report">
          <SelectField
            label="Template"
            value={template}
            options={templates.map((t) => ({ value: t.id, label: t.name }))}
            onChange={(e) => setTemplate(e.target.value)}
          />
          <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <Button type="submit" disabled={busy || !template}>
            {busy ? 'Writing the report…' : 'Write report'}
          </Button>
        </form>
      )}
      {chosen && <p className="muted">Sections: {chosen.sections.map((s) => s.title).join(' · ')}</p>}
      {error && <p role="alert" className="text-danger">{error}</p>}
      {busy && <Loading>Writing each section from its sources…</Loading>}
    </div>
  );
}
