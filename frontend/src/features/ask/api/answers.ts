import type { components } from '@/api/schema';
import { del, get, put, type RequestOptions } from '@/lib/api-client';
import { streamEvents } from '@/lib/sse';

export type Answer = components['schemas']['AnswerView'];
export type Conversation = components['schemas']['Conversation'];
export type ConversationMessage = components['schemas']['MessageView'];

export interface AnswerHandlers {
  onToken: (text: string) => void;
  onAnswer: (answer: Answer) => void;
  onError: (message: string) => void;
}

/** Asks a question and streams the answer: tokens, then the whole answer with its citations. */
export function askStreaming(
  workspaceId: string,
  question: string,
  conversationId: string | undefined,
  handlers: AnswerHandlers,
  signal?: AbortSignal,
): Promise<void> {
  return streamEvents(
    `/api/v1/workspaces/${workspaceId}/answers`,
    { body: { question, conversationId }, signal },
    ({ event, data }) => {
      // SSE payloads are not in the OpenAPI document (it describes the stream, not its events): typed by hand
      if (event === 'token') handlers.onToken((data as { text: string }).text);
      else if (event === 'citations') handlers.onAnswer(data as Answer);
      else if (event === 'error') {
        const problem = data as { detail?: string; title?: string };
        handlers.onError(problem.detail ?? problem.title ?? 'The answer could not be written.');
      }
    },
  );
}

/** The 50 most recently continued conversations (the list the Ask page shows beside the chat). */
export async function listConversations(workspaceId: string, options?: RequestOptions): Promise<Conversation[]> {
  const page = await get<components['schemas']['ConversationPage']>(
    `/api/v1/workspaces/${workspaceId}/conversations?size=50`,
    options,
  );
  return page.items;
}

export async function readConversation(id: string, options?: RequestOptions): Promise<ConversationMessage[]> {
  return (await get<components['schemas']['ConversationView']>(`/api/v1/conversations/${id}`, options)).messages;
}

export function deleteConversation(id: string): Promise<void> {
  return del(`/api/v1/conversations/${id}`);
}

export type Rating = 'up' | 'down';

/** Stores a thumbs up or down on the conversation's answer number `answer` (from 0). */
export function rateAnswer(
  conversationId: string,
  answer: number,
  rating: Rating,
): Promise<components['schemas']['Entry']> {
  return put<components['schemas']['Entry']>(`/api/v1/conversations/${conversationId}/answers/${answer}/feedback`, { rating });
}
