import { useCallback, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, Loading } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { useLoaded } from '@/lib/use-loaded';
import { AUDIT_TYPES, auditExportUrl, auditPage, type AuditFilter } from '@/features/admin/api/audit';

export const AUDIT_PAGE_SIZE = 25;

const TYPE_OPTIONS = [
  { value: '', label: 'All events' },
  ...AUDIT_TYPES.map((type) => ({ value: type, label: type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ') })),
];

/** The security audit log for administrators: filter by type, user and days; page through; export as CSV. */
export function AuditPanel() {
  const [filter, setFilter] = useState<AuditFilter>({ type: '', username: '', from: '', to: '' });
  const [page, setPage] = useState(0);
  const load = useCallback(() => auditPage(filter, page, AUDIT_PAGE_SIZE), [filter, page]);
  const { value: found, error, reload } = useLoaded(load, 'Could not load the audit log.');

  const refine = (change: Partial<AuditFilter>) => {
    setFilter((current) => ({ ...current, ...change }));
    setPage(0);
  };

  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <div className="inline-form" role="group" aria-label="Audit filters">
        <SelectField label="Event" options={TYPE_OPTIONS} value={filter.type} onChange={(e) => refine({ type: e.target.value })} />
        <TextField label="User" autoComplete="off" value={filter.username} onChange={(e) => refine({ username: e.target.value })} />
        <TextField label="From" type="date" value={filter.from} onChange={(e) => refine({ from: e.target.value })} />
        <TextField label="To" type="date" value={filter.to} onChange={(e) => refine({ to: e.target.value })} />
        <Button variant="secondary" onClick={reload}>
          Refresh
        </Button>
        <a className="button button--secondary" href={auditExportUrl(filter)} download>
          Export CSV
        </a>
      </div>
      {error && <ErrorState message={error} onRetry={reload} />}
      {!error && !found && <Loading>Loading the audit log…</Loading>}
      {found?.items.length === 0 && <p className="muted">No events match these filters.</p>}
      {found && found.items.length > 0 && (
        <div className="table-scroll">
          <table className="table" aria-label="Audit events">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Event</th>
                <th scope="col">User</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {found.items.map((event) => (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.occurredAt}>{new Date(event.occurredAt).toLocaleString()}</time>
                  </td>
                  <td>{event.type}</td>
                  <td>{event.username ?? <span className="muted">nobody</span>}</td>
                  <td>{event.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {found && (
        <Pager
          label="Audit"
          noun="events"
          page={found.page}
          totalPages={found.totalPages}
          totalItems={found.totalItems}
          onPage={setPage}
        />
      )}
    </section>
  );
}
