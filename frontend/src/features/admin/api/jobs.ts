import type { components } from '@/api/schema';
import { get, post } from '@/lib/api-client';

export const JOB_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const;

export type IngestionJob = components['schemas']['JobSummary'];
export type JobsPage = components['schemas']['JobPage'];
export type JobAction = components['schemas']['JobAction'];

const JOBS = '/api/v1/admin/ingestion/jobs';

/** The document id: the server sends it as its value object, {"value": "..."}. */
export function documentIdOf(job: IngestionJob): string {
  return job.documentId.value;
}

export function jobsPage(state: string, page: number, size: number): Promise<JobsPage> {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (state) query.set('state', state);
  return get<JobsPage>(`${JOBS}?${query}`);
}

export function retryJob(id: string): Promise<JobAction> {
  return post<JobAction>(`${JOBS}/${id}/retry`, {});
}

export function cancelJob(id: string): Promise<JobAction> {
  return post<JobAction>(`${JOBS}/${id}/cancel`, {});
}
