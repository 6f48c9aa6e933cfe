import { errorFrom, isAbortError, reportUnauthorized, withCsrf, ApiError } from '@/lib/api-client';

/** One server-sent event: its name ("message" when unnamed) and its data parsed as JSON when it is JSON. */
export interface ServerEvent {
  event: string;
  data: unknown;
}

function parseData(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** Splits an event-stream text into complete events; returns them and the unfinished rest. */
export function parseEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const normalized = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) {
        event = line.slice(6).trim();
      } else if (line.startsWith('data:')) {
        data.push(line.slice(5).replace(/^ /, ''));
      }
    }
    return data.length === 0 ? [] : [{ event, data: parseData(data.join('\n')) }];
  });
  return { events, rest };
}

/**
 * Opens a server-sent-event stream with fetch (EventSource cannot POST) and hands each event to `onEvent`
 * as it arrives. Errors before the stream opens are thrown as {@link ApiError}, like any other request.
 */
export async function streamEvents(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal },
  onEvent: (event: ServerEvent) => void,
): Promise<void> {
  const method = init.method ?? 'POST';
  const headers = withCsrf(method, new Headers({ Accept: 'text/event-stream' }));
  if (init.body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
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
  if (!response.body) {
    throw new ApiError(response.status, 'The server sent an empty stream.');
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    const parsed = parseEvents(buffer + value);
    buffer = parsed.rest;
    parsed.events.forEach(onEvent);
  }
  parseEvents(`${buffer}\n\n`).events.forEach(onEvent);
}
