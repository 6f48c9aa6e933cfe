import { del, get, post, type RequestOptions } from '@/lib/api-client';
import { uploadFile } from '@/lib/upload';

export type DocumentStatus = 'QUEUED' | 'PROCESSING' | 'READY' | 'FAILED';

export interface LecternDocument {
  id: string;
  workspaceId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  status: DocumentStatus;
  /** Why it failed, in words a user can act on; or a note while queued. */
  error: string | null;
  chunkCount: number;
  progress: { stage: string; percent: number; done: number; total: number };
  version: number;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface DocumentPage {
  items: LecternDocument[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface Chunk {
  id: string;
  ordinal: number;
  text: string;
  headingPath: string | null;
  location: { page: number | null; slide: number | null; sheet: string | null };
}

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
  return (await get<{ chunks: Chunk[] }>(`/api/v1/documents/${id}/chunks`, options)).chunks;
}

export function deleteDocument(id: string): Promise<void> {
  return del(`/api/v1/documents/${id}`);
}

export function reindexDocument(id: string): Promise<unknown> {
  return post(`/api/v1/documents/${id}/reindex`, {});
}

export function uploadDocument(
  workspaceId: string,
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<LecternDocument> {
  return uploadFile<LecternDocument>(`/api/v1/workspaces/${workspaceId}/documents`, file, onProgress, signal);
}

/** True while the server is still working on the document. */
export function inProgress(document: LecternDocument): boolean {
  return document.status === 'QUEUED' || document.status === 'PROCESSING';
}
