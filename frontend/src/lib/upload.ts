import { ApiError, csrfToken, reportUnauthorized } from '@/lib/api-client';

/**
 * Uploads one file as multipart form data with XMLHttpRequest, because fetch reports no upload progress.
 * `onProgress` gets 0 to 100; resolves with the parsed JSON body, rejects with {@link ApiError}.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = csrfToken();
    if (token) {
      xhr.setRequestHeader('X-XSRF-TOKEN', token);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(Math.round((100 * event.loaded) / event.total));
      }
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
        return;
      }
      const problem = (body ?? {}) as { detail?: string; title?: string; type?: string };
      const error = new ApiError(
        xhr.status,
        problem.detail ?? problem.title ?? `Upload failed with status ${xhr.status}`,
        problem,
      );
      reportUnauthorized(path, error);
      reject(error);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'Could not reach the server. Check your connection and try again.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
