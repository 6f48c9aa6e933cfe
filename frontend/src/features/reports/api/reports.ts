import type { components } from '@/api/schema';
import { del, get, post, put, type RequestOptions } from '@/lib/api-client';

export type ReportSection = components['schemas']['ReportSection'];
export type Report = components['schemas']['Report'];
export type ReportWithVersions = components['schemas']['ReportView'];
export type ReportSummary = components['schemas']['ReportSummary'];

export const EXPORT_FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
] as const;

export function exportUrl(id: string, format: string, version?: number): string {
  return `/api/v1/reports/${id}/export?format=${format}${version ? `&version=${version}` : ''}`;
}

export type ReportPage = components['schemas']['ReportPage'];

export const REPORTS_PER_PAGE = 25;

/** One page of the workspace's reports, the most recently written first. */
export function listReports(workspaceId: string, page = 0, options?: RequestOptions): Promise<ReportPage> {
  return get<ReportPage>(`/api/v1/workspaces/${workspaceId}/reports?page=${page}&size=${REPORTS_PER_PAGE}`, options);
}

export function readReport(id: string, version?: number, options?: RequestOptions): Promise<ReportWithVersions> {
  return get<ReportWithVersions>(`/api/v1/reports/${id}${version ? `?version=${version}` : ''}`, options);
}

export function editSection(id: string, index: number, text: string): Promise<ReportWithVersions> {
  return put<ReportWithVersions>(`/api/v1/reports/${id}/sections/${index}`, { text });
}

export function regenerateSection(id: string, index: number): Promise<ReportWithVersions> {
  return post<ReportWithVersions>(`/api/v1/reports/${id}/sections/${index}/regenerate`, {});
}

export function deleteReport(id: string): Promise<void> {
  return del(`/api/v1/reports/${id}`);
}
