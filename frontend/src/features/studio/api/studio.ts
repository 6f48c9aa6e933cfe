import type { CitedOutput } from '@/components/ui/cited-text';
import { get, post, type RequestOptions } from '@/lib/api-client';

export interface ReadyDocument {
  id: string;
  name: string;
}

export interface ReportTemplate {
  id: string;
  name: string;
  sections: { title: string }[];
}

export interface SummaryResult extends CitedOutput {
  style: string;
  mode: string;
  sourcesUsed: number;
}

export interface CopyResult {
  channel: string;
  variants: CitedOutput[];
}

export interface Sources {
  documentIds?: string[];
  query?: string;
}

export async function readyDocuments(workspaceId: string, options?: RequestOptions): Promise<ReadyDocument[]> {
  const page = await get<{ items: ReadyDocument[] }>(
    `/api/v1/workspaces/${workspaceId}/documents?status=READY&size=500`,
    options,
  );
  return page.items;
}

export function summarize(
  workspaceId: string,
  body: Sources & { style: string; targetWords?: number },
): Promise<SummaryResult> {
  return post<SummaryResult>(`/api/v1/workspaces/${workspaceId}/summaries`, body);
}

export function writeCopy(
  workspaceId: string,
  body: Sources & { brief: string; channel: string; audience?: string; tone?: string; variants: number },
): Promise<CopyResult> {
  return post<CopyResult>(`/api/v1/workspaces/${workspaceId}/copy`, body);
}

export function reportTemplates(options?: RequestOptions): Promise<ReportTemplate[]> {
  return get<ReportTemplate[]>('/api/v1/report-templates', options);
}

export async function generateReport(
  workspaceId: string,
  body: { template: string; title?: string; documentIds?: string[] },
): Promise<string> {
  const view = await post<{ report: { id: string } }>(`/api/v1/workspaces/${workspaceId}/reports`, body);
  return view.report.id;
}
