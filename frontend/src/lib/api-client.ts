/**
 * A small typed wrapper around fetch for the Lectern REST API.
 *
 * Successful responses are parsed as JSON. Failed responses are turned into an
 * {@link ApiError}; when the server sends RFC 9457 problem details
 * (`application/problem+json`), their fields are kept on the error.
 */

/** RFC 9457 problem details, as sent by the server on errors. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** Human-readable explanation, from the problem detail when there is one. */
  readonly detail: string;
  readonly title?: string;
  readonly type?: string;

  constructor(status: number, detail: string, problem: ProblemDetail = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.title = problem.title;
    this.type = problem.type;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Called when any request answers 401: the session is missing or has expired. */
let unauthorizedListener: ((error: ApiError) => void) | undefined;

/** The app shell registers here to show the sign-in page; returns a function that unregisters. */
export function onUnauthorized(listener: (error: ApiError) => void): () => void {
  unauthorizedListener = listener;
  return () => {
    if (unauthorizedListener === listener) {
      unauthorizedListener = undefined;
    }
  };
}

/**
 * Hands a 401 from the API to the shell. The session endpoint handles its own 401, and the actuator's (the
 * health badge) says nothing about the user's session.
 */
export function reportUnauthorized(path: string, error: ApiError): void {
  if (error.status === 401 && path.startsWith('/api/') && !path.startsWith('/api/v1/session')) {
    unauthorizedListener?.(error);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token Spring Security leaves in the XSRF-TOKEN cookie, sent back on mutating requests. */
export function csrfToken(): string | undefined {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : undefined;
}

/** Adds the CSRF header to a mutating request, when the server has set the cookie. */
export function withCsrf(method: string, headers: Headers): Headers {
  const token = csrfToken();
  if (token && !SAFE_METHODS.has(method.toUpperCase())) {
    headers.set('X-XSRF-TOKEN', token);
  }
  return headers;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function toProblemDetail(body: unknown): ProblemDetail {
  if (typeof body !== 'object' || body === null) {
    return {};
  }
  const record = body as Record<string, unknown>;
  return {
    type: asString(record.type),
    title: asString(record.title),
    status: typeof record.status === 'number' ? record.status : undefined,
    detail: asString(record.detail),
    instance: asString(record.instance),
  };
}

function isJson(response: Response): boolean {
  const contentType = response.headers.get('content-type') ?? '';
  return /^application\/([\w.+-]+\+)?json/i.test(contentType);
}

export async function errorFrom(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = {};
  if (isJson(response)) {
    try {
      problem = toProblemDetail(await response.json());
    } catch {
      // Not valid JSON after all: fall back to the status line below.
    }
  }
  const detail =
    problem.detail ??
    problem.title ??
    (response.statusText || `Request failed with status ${response.status}`);
  return new ApiError(response.status, detail, problem);
}

/**
 * Sends a request and returns the parsed JSON body (undefined for 204 or an empty body).
 * Throws {@link ApiError} for error statuses, unreachable servers and non-JSON bodies;
 * an aborted request rethrows the abort error (see {@link isAbortError}).
 */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (typeof init.body === 'string' && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  withCsrf(init.method ?? 'GET', headers);

  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    if (isAbortError(error)) {
      throw error;
    }
    throw new ApiError(0, 'Could not reach the server. Check your connection and try again.');
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    reportUnauthorized(path, error);
    throw error;
  }
  if (response.status === 204 || response.headers.get('content-length') === '0') {
    return undefined as T;
  }
  if (!isJson(response)) {
    throw new ApiError(response.status, 'The server sent an unexpected response.');
  }
  return (await response.json()) as T;
}

export function get<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'GET', signal: options.signal });
}

export function post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'POST', body: JSON.stringify(body), signal: options.signal });
}

export function put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'PUT', body: JSON.stringify(body), signal: options.signal });
}

export function patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'PATCH', body: JSON.stringify(body), signal: options.signal });
}

export function del<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(path, { method: 'DELETE', signal: options.signal });
}

/** The message to show for any caught error. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.detail : fallback;
}

/** True for errors from an aborted request, which callers usually ignore. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
