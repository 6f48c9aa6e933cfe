import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, Loading } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { isAbortError, messageOf } from '@/lib/api-client';
import {
  editSection,
  readReport,
  regenerateSection,
  type ReportWithVersions,
} from '@/features/reports/api/reports';
import { ExportLinks } from '@/features/reports/components/export-links';
import { ReportSectionCard } from '@/features/reports/components/report-section-card';

/** A report at one of its versions: sections with sources, edits and regeneration, export. */
export function ReportView() {
  const { id = '' } = useParams();
  const notify = useToast();
  const [view, setView] = useState<ReportWithVersions>();
  const [version, setVersion] = useState<number>();
  const [error, setError] = useState<string>();
  const [working, setWorking] = useState<number>();

  useEffect(() => {
    const controller = new AbortController();
    readReport(id, version, { signal: controller.signal })
      .then(setView)
      .catch((caught: unknown) => {
        if (!isAbortError(caught)) setError(messageOf(caught, 'Could not open the report.'));
      });
    return () => controller.abort();
  }, [id, version]);

  async function change(index: number, action: () => Promise<ReportWithVersions>, done: string) {
    setWorking(index);
    try {
      const updated = await action();
      setView(updated);
      setVersion(undefined);
      notify(done, 'success');
    } catch (caught) {
      notify(messageOf(caught, 'The section could not be changed.'), 'danger');
    } finally {
      setWorking(undefined);
    }
  }

  if (error) return <ErrorState message={error} />;
  if (!view) return <Loading>Opening the report…</Loading>;
  const { report, versions } = view;
  return (
    <div className="stack">
      <p>
        <Link to="/reports">← All reports</Link>
      </p>
      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">{report.title}</h2>
        <div className="report-toolbar">
          <SelectField
            label="Version"
            value={String(report.version)}
            options={versions.map((v) => ({ value: String(v), label: `Version ${v}` }))}
            onChange={(e) => setVersion(Number(e.target.value))}
          />
          <ExportLinks id={report.id} version={report.version} title={report.title} />
        </div>
        {report.sections.map((section, index) => (
          <ReportSectionCard
            key={`${report.version}-${index}`}
            section={section}
            busy={working === index}
            onSave={(text) => void change(index, () => editSection(report.id, index, text), 'Section saved as a new version.')}
            onRegenerate={() =>
              void change(index, () => regenerateSection(report.id, index), 'Section rewritten as a new version.')
            }
          />
        ))}
      </section>
    </div>
  );
}
