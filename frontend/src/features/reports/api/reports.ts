import type { CitationView, CitedSentence } from '@/components/ui/cited-text';
import { del, get, post, put, type RequestOptions } from '@/lib/api-client';

export interface ReportSection {
  title: string;
  text: string;
  sentences: CitedSentence[];
  sources: CitationView[];
}

export interface Report {
  id: string;
  title: string;
  templateId: string;
  version: number;
  sections: ReportSection[];
  createdAt: string;
}

export interface ReportWithVersions {
  report: Report;
  versions: number[];
}

export interface ReportSummary {
  id: string;
  title: string;
  templateId: string;
  latestVersion: number;
  updatedAt: string;
}

export const EXPORT_FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
] as const;

export function exportUrl(id: string, format: string, version?: number): string {
  return `/api/v1/reports/${id}/export?format=${format}${version ? `&version=${version}` : ''}`;
}

export function listReports(workspaceId: string, options?: RequestOptions): Promise<ReportSummary[]> {
  return get<ReportSummary[]>(`/api/v1/workspaces/${workspaceId}/reports`, options);
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
