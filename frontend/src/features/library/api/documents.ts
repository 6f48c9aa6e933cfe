import type { components } from '@/api/schema';
import { del, get, post, type RequestOptions } from '@/lib/api-client';
import { uploadFile } from '@/lib/upload';

export type LecternDocument = components['schemas']['DocumentView'];
export type DocumentStatus = LecternDocument['status'];
export type DocumentPage = components['schemas']['PageViewDocumentView'];
export type Chunk = components['schemas']['ChunkView'];
/** What an upload answers at once: the document is queued, its details come with the next listing. */
export type UploadedDocument = components['schemas']['UploadedView'];
export type DocumentReindex = components['schemas']['DocumentReindex'];

export function listDocuments(
  workspaceId: string,
  status?: DocumentStatus,
  options?: RequestOptions,
): Promise<DocumentPage> {
  const query = new URLSearchParams({ size: '500' });
  if (status) {
    query.set('status', status);
  }
  return get<DocumentPage>(`/api/v1/workspaces/${workspaceId}/documents?${query}`, options);
}

export function getDocument(id: string, options?: RequestOptions): Promise<LecternDocument> {
  return get<LecternDocument>(`/api/v1/documents/${id}`, options);
}

export async function listChunks(id: string, options?: RequestOptions): Promise<Chunk[]> {
  return (await get<components['schemas']['ChunksView']>(`/api/v1/documents/${id}/chunks`, options)).chunks;
}

export function deleteDocument(id: string): Promise<void> {
  return del(`/api/v1/documents/${id}`);
}

export function reindexDocument(id: string): Promise<DocumentReindex> {
  return post<DocumentReindex>(`/api/v1/documents/${id}/reindex`, {});
}

export function uploadDocument(
  workspaceId: string,
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<UploadedDocument> {
  return uploadFile<UploadedDocument>(`/api/v1/workspaces/${workspaceId}/documents`, file, onProgress, signal);
}

/** True while the server is still working on the document. */
export function inProgress(document: LecternDocument): boolean {
  return document.status === 'QUEUED' || document.status === 'PROCESSING';
}
