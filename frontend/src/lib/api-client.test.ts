import { describe, expect, it } from 'vitest';
import { ApiError, del, get, isAbortError, onUnauthorized, post } from '@/lib/api-client';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

describe('api-client', () => {
  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on mutating requests only', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D123; path=/';
    const requests = mockFetch(() => new Response(null, { status: 204 }));

    await get('/api/v1/workspaces');
    await del('/api/v1/documents/1');

    expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(requests[1]?.headers.get('X-XSRF-TOKEN')).toBe('abc=123');
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('tells the shell when an API call answers 401, except the session check itself', async () => {
    const seen: number[] = [];
    const stop = onUnauthorized((error) => seen.push(error.status));
    mockFetch(() => problemResponse(401, 'Unauthorized', 'Sign in first.'));

    await caught(get('/api/v1/workspaces'));
    await caught(get('/api/v1/session'));
    await caught(get('/actuator/health'));
    stop();
    await caught(get('/api/v1/workspaces'));

    expect(seen).toEqual([401]);
  });

  it('returns the parsed JSON body', async () => {
    mockFetch(() => jsonResponse([{ id: '1', name: 'Legal' }]));

    await expect(get('/api/v1/workspaces')).resolves.toEqual([{ id: '1', name: 'Legal' }]);
  });

  it('sends a JSON body with the right content type on POST', async () => {
    const requests = mockFetch(() => jsonResponse({ id: '1', name: 'Legal' }, 201));

    await expect(post('/api/v1/workspaces', { name: 'Legal' })).resolves.toEqual({
      id: '1',
      name: 'Legal',
    });

    expect(requests[0]).toMatchObject({ method: 'POST', body: { name: 'Legal' } });
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
  });

  it('turns problem details into an ApiError with status and detail', async () => {
    mockFetch(() => problemResponse(400, 'Bad Request', 'name must not be blank'));

    const error = await caught(post('/api/v1/workspaces', { name: '' }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'name must not be blank',
      message: 'name must not be blank',
    });
  });

  it('falls back to the title, then the status text, when there is no detail', async () => {
    mockFetch(() => new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
    }));
    expect(await caught(get('/api/v1/nothing'))).toMatchObject({ status: 404, detail: 'Not Found' });

    mockFetch(() => new Response('<html>oops</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    }));
    expect(await caught(get('/api/v1/nothing'))).toMatchObject({ status: 502, detail: 'Bad Gateway' });
  });

  it('reports an unreachable server as an ApiError with status 0', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = await caught(get('/api/v1/workspaces'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0 });
  });

  it('rejects a successful response that is not JSON', async () => {
    mockFetch(() => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));

    expect(await caught(get('/api/v1/workspaces'))).toMatchObject({ status: 200 });
  });

  it('lets an abort through unchanged', async () => {
    mockFetch(() => jsonResponse([]));
    const controller = new AbortController();
    controller.abort();

    const error = await caught(get('/api/v1/workspaces', { signal: controller.signal }));

    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});
