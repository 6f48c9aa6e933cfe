import { useCallback, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, Loading } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import { useLoaded } from '@/lib/use-loaded';
import { cancelJob, documentIdOf, JOB_STATES, jobsPage, retryJob, type IngestionJob } from '@/features/admin/api/jobs';

export const JOBS_PAGE_SIZE = 25;

const STATE_OPTIONS = [
  { value: '', label: 'All jobs' },
  ...JOB_STATES.map((state) => ({ value: state, label: state.charAt(0) + state.slice(1).toLowerCase() })),
];

const ACTIVE = new Set(['QUEUED', 'RUNNING']);

/** The ingestion queue for administrators: see what is waiting, running or failed, retry or cancel a job. */
export function JobsPanel() {
  const notify = useToast();
  const [state, setState] = useState('');
  const [page, setPage] = useState(0);
  const load = useCallback(() => jobsPage(state, page, JOBS_PAGE_SIZE), [state, page]);
  const { value: found, error, reload } = useLoaded(load, 'Could not load the ingestion jobs.');

  async function act(job: IngestionJob, action: 'retry' | 'cancel') {
    try {
      await (action === 'retry' ? retryJob(job.id) : cancelJob(job.id));
      notify(action === 'retry' ? 'The document is queued again.' : 'The job is cancelled.', 'success');
    } catch (caught) {
      notify(messageOf(caught, 'That did not work.'), 'danger');
    }
    reload();
  }

  return (
    <section className="card" aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">Ingestion jobs</h2>
      <div className="inline-form" role="group" aria-label="Job filters">
        <SelectField
          label="State"
          options={STATE_OPTIONS}
          value={state}
          onChange={(e) => {
            setState(e.target.value);
            setPage(0);
          }}
        />
        <Button variant="secondary" onClick={reload}>
          Refresh
        </Button>
      </div>
      {error && <ErrorState message={error} onRetry={reload} />}
      {!error && !found && <Loading>Loading the ingestion jobs…</Loading>}
      {found?.items.length === 0 && <p className="muted">No jobs in this state.</p>}
      {found && found.items.length > 0 && (
        <div className="table-scroll">
          <table className="table" aria-label="Ingestion jobs">
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Document</th>
                <th scope="col">State</th>
                <th scope="col">Tries</th>
                <th scope="col">Last error</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.items.map((job) => (
                <tr key={job.id}>
                  <td>
                    <time dateTime={job.createdAt}>{new Date(job.createdAt).toLocaleString()}</time>
                  </td>
                  <td>
                    <a href={`#/documents/${documentIdOf(job)}`}>{documentIdOf(job).slice(0, 8)}</a>
                  </td>
                  <td>
                    <Badge tone={job.state === 'FAILED' ? 'danger' : job.state === 'DONE' ? 'success' : 'neutral'}>
                      {job.state.toLowerCase()}
                    </Badge>
                  </td>
                  <td>
                    {job.attempts} of {job.maxAttempts}
                  </td>
                  <td>{job.lastError ?? <span className="muted">none</span>}</td>
                  <td>
                    {ACTIVE.has(job.state) ? (
                      <Button variant="secondary" className="button--small" onClick={() => void act(job, 'cancel')}>
                        Cancel
                      </Button>
                    ) : (
                      <Button variant="secondary" className="button--small" onClick={() => void act(job, 'retry')}>
                        Retry
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {found && (
        <Pager
          label="Job"
          noun="jobs"
          page={found.page}
          totalPages={found.totalPages}
          totalItems={found.totalItems}
          onPage={setPage}
        />
      )}
    </section>
  );
}
