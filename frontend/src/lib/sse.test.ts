import { describe, expect, it } from 'vitest';
import { parseEvents, streamEvents, type ServerEvent } from '@/lib/sse';
import { mockFetch } from '@/test/mock-fetch';

describe('parseEvents', () => {
  it('reads named JSON events and keeps an unfinished one for later', () => {
    const { events, rest } = parseEvents(
      'event: token\ndata: {"text":"Hel"}\n\nevent:token\ndata:{"text":"lo"}\n\nevent: done\ndata: {"fin',
    );
    expect(events).toEqual([
      { event: 'token', data: { text: 'Hel' } },
      { event: 'token', data: { text: 'lo' } },
    ]);
    expect(rest).toBe('event: done\ndata: {"fin');
  });
});

describe('streamEvents', () => {
  it('delivers events split across network chunks, in order', async () => {
    const chunks = ['event: token\ndata: {"te', 'xt":"A"}\n\nevent: done\n', 'data: {"finished":true}\n\n'];
    const requests = mockFetch(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              chunks.forEach((chunk) => controller.enqueue(new TextEncoder().encode(chunk)));
              controller.close();
            },
          }),
          { headers: { 'Content-Type': 'text/event-stream' } },
        ),
    );
    const seen: ServerEvent[] = [];

    await streamEvents('/api/x', { body: { question: 'Why?' } }, (event) => seen.push(event));

    expect(seen).toEqual([
      { event: 'token', data: { text: 'A' } },
      { event: 'done', data: { finished: true } },
    ]);
    expect(requests[0]?.headers.get('Accept')).toBe('text/event-stream');
    expect(requests[0]?.body).toEqual({ question: 'Why?' });
  });
});
