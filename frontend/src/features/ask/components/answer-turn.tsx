import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CitationList, CitedText } from '@/components/ui/cited-text';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import { rateAnswer, type Answer, type Rating } from '@/features/ask/api/answers';

/** One question and its answer, streaming or finished. */
export interface Turn {
  key: string;
  question: string;
  streamed: string;
  answer?: Answer;
  error?: string;
  pending: boolean;
  /** The answer's number in its stored conversation, once stored. */
  answerIndex?: number;
}

type AnswerTurnProps = {
  turn: Turn;
  onRetry: (turn: Turn) => void;
};

export function AnswerTurn({ turn, onRetry }: AnswerTurnProps) {
  const notify = useToast();
  const [rating, setRating] = useState<Rating>();
  const text = turn.answer?.text ?? turn.streamed;

  async function rate(value: Rating) {
    if (!turn.answer || turn.answerIndex === undefined) return;
    try {
      await rateAnswer(turn.answer.conversationId, turn.answerIndex, value);
      setRating(value);
      notify('Thanks: your feedback was saved.', 'success');
    } catch (error) {
      notify(messageOf(error, 'Could not save your feedback.'), 'danger');
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      notify('Answer copied.', 'success');
    } catch {
      notify('Could not copy: your browser blocked the clipboard. Select the text and copy it instead.', 'danger');
    }
  }

  return (
    <li className="turn">
      <p className="turn__question">
        <span className="visually-hidden">You asked: </span>
        {turn.question}
      </p>
      <div className="turn__answer" aria-live="polite" aria-busy={turn.pending}>
        {turn.error && <p className="text-danger" role="alert">{turn.error}</p>}
        {!turn.error && turn.answer && <CitedText output={turn.answer} />}
        {!turn.error && !turn.answer && (
          <p className="cited-text__body">{turn.streamed || <span className="muted">Finding sources…</span>}</p>
        )}
        {turn.answer && turn.answer.answered === false && (
          <p className="muted">The documents do not answer this. Try other words, or add documents that cover it.</p>
        )}
        {turn.answer && (turn.answer.unsupported?.length ?? 0) > 0 && (
          <p className="muted">
            {turn.answer.unsupported?.length} sentence(s), underlined in red, cite no source: check them before use.
          </p>
        )}
        {turn.answer && <SearchedPassages answer={turn.answer} />}
      </div>
      {!turn.pending && (
        <div className="turn__actions">
          {text && (
            <Button variant="secondary" className="button--small" onClick={copy}>
              Copy
            </Button>
          )}
          <Button variant="secondary" className="button--small" onClick={() => onRetry(turn)}>
            Retry
          </Button>
          {turn.answer && turn.answerIndex !== undefined && (
            <>
              <Button
                variant="secondary"
                className="button--small"
                aria-label="Good answer"
                aria-pressed={rating === 'up'}
                onClick={() => void rate('up')}
              >
                <ThumbIcon />
              </Button>
              <Button
                variant="secondary"
                className="button--small"
                aria-label="Bad answer"
                aria-pressed={rating === 'down'}
                onClick={() => void rate('down')}
              >
                <ThumbIcon down />
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * When an answer cites nothing (a refusal, or a small model that forgot its citations), the passages it was
 * written from, so that the reader can still check the documents instead of being left with no lead.
 */
function SearchedPassages({ answer }: { answer: Answer }) {
  const searched = answer.retrieved ?? [];
  if (answer.citations.length > 0 || searched.length === 0) return null;
  return (
    <div className="searched-passages">
      <p className="muted">Passages searched for this answer (none of them is cited):</p>
      <CitationList citations={searched} label="Passages searched" />
    </div>
  );
}

/** Drawn, not an emoji: machines without an emoji font showed empty boxes. */
function ThumbIcon({ down = false }: { down?: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={down ? { transform: 'rotate(180deg)' } : undefined}
    >
      <path
        fill="currentColor"
        d="M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z"
      />
    </svg>
  );
}
