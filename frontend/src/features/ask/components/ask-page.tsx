import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { TextArea } from '@/components/ui/text-area';
import { useToast } from '@/components/ui/toast';
import { isAbortError, messageOf } from '@/lib/api-client';
import {
  askStreaming,
  listConversations,
  readConversation,
  type Conversation,
} from '@/features/ask/api/answers';
import { AnswerTurn, type Turn } from '@/features/ask/components/answer-turn';

/** Chat over the workspace's documents: streamed answers with sources, and the past conversations. */
export function AskPage({ workspaceId }: { workspaceId: string }) {
  const notify = useToast();
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [conversationId, setConversationId] = useState<string>();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [question, setQuestion] = useState('');
  const [busy, setBusy] = useState(false);
  const stream = useRef<AbortController>(undefined);

  const refreshList = useCallback(() => {
    listConversations(workspaceId)
      .then(setConversations)
      .catch((error: unknown) => notify(messageOf(error, 'Could not load the conversations.'), 'danger'));
  }, [workspaceId, notify]);
  useEffect(refreshList, [refreshList]);
  useEffect(() => () => stream.current?.abort(), []);

  const update = (key: string, change: Partial<Turn>) =>
    setTurns((all) => all.map((turn) => (turn.key === key ? { ...turn, ...change } : turn)));

  async function ask(text: string, inConversation: string | undefined) {
    const key = `${Date.now()}`;
    setTurns((all) => [...all, { key, question: text, streamed: '', pending: true }]);
    setBusy(true);
    stream.current = new AbortController();
    let streamed = '';
    try {
      await askStreaming(
        workspaceId,
        text,
        inConversation,
        {
          onToken: (piece) => {
            streamed += piece;
            update(key, { streamed });
          },
          onAnswer: (answer) => {
            // failed turns were never stored: the answer's number counts the answered turns before it
            setTurns((all) => {
              const answerIndex = all.filter((t) => t.answer && t.key !== key).length;
              return all.map((t) => (t.key === key ? { ...t, answer, answerIndex } : t));
            });
            setConversationId(answer.conversationId);
          },
          onError: (message) => update(key, { error: message }),
        },
        stream.current.signal,
      );
      refreshList();
    } catch (error) {
      if (!isAbortError(error)) update(key, { error: messageOf(error, 'The answer could not be written.') });
    } finally {
      update(key, { pending: false });
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = question.trim();
    if (!text || busy) return;
    setQuestion('');
    void ask(text, conversationId);
  }

  async function open(conversation: Conversation) {
    try {
      const messages = await readConversation(conversation.id);
      const loaded: Turn[] = [];
      for (const message of messages) {
        if (message.role === 'user') {
          loaded.push({ key: `${conversation.id}-${message.ordinal}`, question: message.content, streamed: '', pending: false });
        } else if (loaded.length > 0) {
          const last = loaded[loaded.length - 1]!;
          last.streamed = message.content;
          last.answer = message.answer ?? undefined;
          if (last.answer) last.answerIndex = loaded.filter((t) => t.answer).length - 1;
        }
      }
      setTurns(loaded);
      setConversationId(conversation.id);
    } catch (error) {
      notify(messageOf(error, 'Could not open the conversation.'), 'danger');
    }
  }

  return (
    <div className="two-columns">
      <section className="card" aria-labelledby="conversations-heading">
        <h2 id="conversations-heading">Conversations</h2>
        <Button
          variant="secondary"
          onClick={() => {
            setTurns([]);
            setConversationId(undefined);
          }}
        >
          New conversation
        </Button>
        {conversations.length === 0 ? (
          <p className="muted">Your questions are kept here.</p>
        ) : (
          <ul className="nav-list" aria-label="Past conversations">
            {conversations.map((conversation) => (
              <li key={conversation.id}>
                <button
                  type="button"
                  className="nav-list__item"
                  aria-current={conversation.id === conversationId ? 'true' : undefined}
                  onClick={() => void open(conversation)}
                >
                  {conversation.title}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Ask your documents</h2>
        {turns.length === 0 ? (
          <EmptyState title="Ask a question about the documents in this workspace.">
            <p className="muted">Answers quote their sources; click a source to see the passage in its document.</p>
          </EmptyState>
        ) : (
          <ol className="turns" aria-label="Conversation">
            {turns.map((turn) => (
              <AnswerTurn key={turn.key} turn={turn} onRetry={(t) => void ask(t.question, conversationId)} />
            ))}
          </ol>
        )}
        <form className="ask-form" onSubmit={submit} aria-label="Ask a question">
          <TextArea
            label="Your question"
            rows={2}
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <Button type="submit" disabled={busy || !question.trim()}>
            {busy ? 'Answering…' : 'Ask'}
          </Button>
        </form>
      </section>
    </div>
  );
}
