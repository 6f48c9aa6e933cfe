import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { EmptyState, ErrorState, Loading } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import { deleteReport, listReports, type ReportPage, type ReportSummary } from '@/features/reports/api/reports';
import { ExportLinks } from '@/features/reports/components/export-links';

/** The workspace's reports: open, export, delete. */
export function ReportsPage({ workspaceId }: { workspaceId: string }) {
  const notify = useToast();
  const [listing, setListing] = useState<ReportPage>();
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string>();
  const reports = listing?.items;

  useEffect(() => setPage(0), [workspaceId]);
  const load = useCallback(() => {
    setError(undefined);
    listReports(workspaceId, page)
      .then(setListing)
      .catch((caught: unknown) => setError(messageOf(caught, 'Could not load the reports.')));
  }, [workspaceId, page]);
  useEffect(load, [load]);

  async function remove(report: ReportSummary) {
    if (!window.confirm(`Delete "${report.title}" and all its versions?`)) return;
    try {
      await deleteReport(report.id);
      notify(`Deleted ${report.title}.`, 'success');
      load();
    } catch (caught) {
      notify(messageOf(caught, 'Could not delete the report.'), 'danger');
    }
  }

  return (
    <section className="card" aria-labelledby="reports-heading">
      <h2 id="reports-heading">Reports</h2>
      {error && <ErrorState message={error} onRetry={load} />}
      {!error && !reports && <Loading>Loading reports…</Loading>}
      {reports?.length === 0 && (
        <EmptyState title="No reports yet.">
          <p className="muted">
            Write one in the <Link to="/studio">Studio</Link>: pick a template and the documents to draw on.
          </p>
        </EmptyState>
      )}
      {reports && reports.length > 0 && (
        <table className="table" aria-label="Reports">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Versions</th>
              <th scope="col">Updated</th>
              <th scope="col">Export</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <td>
                  <Link to={`/reports/${report.id}`}>{report.title}</Link>
                </td>
                <td>{report.latestVersion}</td>
                <td>{report.updatedAt ? new Date(report.updatedAt).toLocaleString() : '—'}</td>
                <td>
                  <ExportLinks id={report.id} title={report.title} />
                </td>
                <td>
                  <Button variant="secondary" className="button--small" aria-label={`Delete ${report.title}`} onClick={() => void remove(report)}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {listing && (
        <Pager
          label="Reports"
          noun="reports"
          page={listing.page}
          totalPages={listing.totalPages}
          totalItems={listing.totalItems}
          onPage={setPage}
        />
      )}
    </section>
  );
}
