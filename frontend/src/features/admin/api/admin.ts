import { del, get, post, type RequestOptions } from '@/lib/api-client';

export interface PullProgress {
  state: 'DOWNLOADING' | 'VERIFYING' | 'DONE' | 'FAILED' | 'CANCELLED';
  bytes: number;
  total: number;
  percent: number;
  bytesPerSecond: number;
  etaSeconds: number;
  detail: string | null;
}

export interface ModelState {
  id: string;
  catalog: { name: string; parameters: string; quantization: string; approximateSizeMb: number; licence: string } | null;
  file: string | null;
  sizeBytes: number | null;
  active: boolean;
  serving: boolean;
  pull: PullProgress | null;
}

export interface ModelList {
  defaultModel: string;
  catalogNote: string;
  models: ModelState[];
}

export interface Evaluation {
  id: string;
  name: string;
  status: string;
  progress: { percent: number };
  results: { mode: string; ndcg10: number; recall10: number; mrr10: number; latencyP50Ms: number }[];
  failureReason: string | null;
  createdAt: string;
}

const MODELS = '/api/v1/admin/models';

export function listModels(options?: RequestOptions): Promise<ModelList> {
  return get<ModelList>(MODELS, options);
}

export function startPull(id: string): Promise<PullProgress> {
  return post<PullProgress>(`${MODELS}/${encodeURIComponent(id)}/pull`, {});
}

export function pullProgress(id: string): Promise<PullProgress> {
  return get<PullProgress>(`${MODELS}/${encodeURIComponent(id)}/pull`);
}

export function cancelPull(id: string): Promise<void> {
  return del(`${MODELS}/${encodeURIComponent(id)}/pull`);
}

export function activateModel(id: string): Promise<unknown> {
  return post(`${MODELS}/${encodeURIComponent(id)}/activate`, {});
}

export function deleteModel(id: string): Promise<void> {
  return del(`${MODELS}/${encodeURIComponent(id)}`);
}

export async function listEvaluations(options?: RequestOptions): Promise<Evaluation[]> {
  return (await get<{ items: Evaluation[] }>('/api/v1/admin/evaluations/retrieval?size=20', options)).items;
}

export function finished(progress: PullProgress | null | undefined): boolean {
  return !progress || progress.state === 'DONE' || progress.state === 'FAILED' || progress.state === 'CANCELLED';
}
