import { vi } from 'vitest';

/** A recorded call to the mocked fetch. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(status: number, title: string, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces the global fetch with one that passes each request to `handler` and
 * records it. Vitest's `unstubGlobals` restores the real fetch after each test.
 */
export function mockFetch(handler: Handler): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const headers = new Headers(init.headers);
    const request: RecordedRequest = { method: init.method ?? 'GET', url, headers, body };
    requests.push(request);
    if (init.signal?.aborted) {
      throw new DOMException('The operation was aborted.', 'AbortError');
    }
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}
