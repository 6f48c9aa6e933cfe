import type { components } from '@/api/schema';
import { get, post, type RequestOptions } from '@/lib/api-client';

type Schemas = components['schemas'];

export type ReadyDocument = Pick<Schemas['DocumentView'], 'id' | 'name'>;
export type ReportTemplate = Schemas['ReportTemplate'];
export type SummaryResult = Schemas['SummaryView'];
export type SummaryRequest = Schemas['SummarizeRequest'];
export type CopyResult = Schemas['CopyView'];
export type CopyRequest = Schemas['CopyBody'];
export type Channel = NonNullable<CopyRequest['channel']>;
export type SummaryStyle = NonNullable<SummaryRequest['style']>;
export type ReportRequest = Schemas['GenerateBody'];
/** The documents or the query the user picked, as every studio request takes them. */
export type Sources = Pick<SummaryRequest, 'documentIds' | 'query'>;

export async function readyDocuments(workspaceId: string, options?: RequestOptions): Promise<ReadyDocument[]> {
  const page = await get<Schemas['PageViewDocumentView']>(
    `/api/v1/workspaces/${workspaceId}/documents?status=READY&size=500`,
    options,
  );
  return page.items;
}

export function summarize(
  workspaceId: string,
  body: SummaryRequest,
): Promise<SummaryResult> {
  return post<SummaryResult>(`/api/v1/workspaces/${workspaceId}/summaries`, body);
}

export function writeCopy(
  workspaceId: string,
  body: CopyRequest,
): Promise<CopyResult> {
  return post<CopyResult>(`/api/v1/workspaces/${workspaceId}/copy`, body);
}

export function reportTemplates(options?: RequestOptions): Promise<ReportTemplate[]> {
  return get<ReportTemplate[]>('/api/v1/report-templates', options);
}

export async function generateReport(
  workspaceId: string,
  body: ReportRequest,
): Promise<string> {
  const view = await post<Schemas['ReportView']>(`/api/v1/workspaces/${workspaceId}/reports`, body);
  return view.report.id;
}
