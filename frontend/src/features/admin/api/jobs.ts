import { get, post } from '@/lib/api-client';

export const JOB_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const;

export interface IngestionJob {
  id: string;
  documentId: string | { value: string };
  state: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JobsPage {
  items: IngestionJob[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

const JOBS = '/api/v1/admin/ingestion/jobs';

/** The document id, however the server spells it (a plain string or a value object). */
export function documentIdOf(job: IngestionJob): string {
  return typeof job.documentId === 'string' ? job.documentId : job.documentId.value;
}

export function jobsPage(state: string, page: number, size: number): Promise<JobsPage> {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (state) query.set('state', state);
  return get<JobsPage>(`${JOBS}?${query}`);
}

export function retryJob(id: string): Promise<unknown> {
  return post(`${JOBS}/${id}/retry`, {});
}

export function cancelJob(id: string): Promise<unknown> {
  return post(`${JOBS}/${id}/cancel`, {});
}
