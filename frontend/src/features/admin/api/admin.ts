import type { components } from '@/api/schema';
import { del, get, post, type RequestOptions } from '@/lib/api-client';

export type PullProgress = components['schemas']['PullProgress'];
export type ModelState = components['schemas']['ModelState'];
export type ModelList = components['schemas']['ModelList'];
export type Activation = components['schemas']['Activation'];
export type Evaluation = components['schemas']['EvaluationView'];
type EvaluationPage = components['schemas']['EvaluationPage'];

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

export function activateModel(id: string): Promise<Activation> {
  return post<Activation>(`${MODELS}/${encodeURIComponent(id)}/activate`, {});
}

export function deleteModel(id: string): Promise<void> {
  return del(`${MODELS}/${encodeURIComponent(id)}`);
}

export async function listEvaluations(options?: RequestOptions): Promise<Evaluation[]> {
  return (await get<EvaluationPage>('/api/v1/admin/evaluations/retrieval?size=20', options)).items;
}

export function finished(progress: PullProgress | null | undefined): boolean {
  return !progress || progress.state === 'DONE' || progress.state === 'FAILED' || progress.state === 'CANCELLED';
}
