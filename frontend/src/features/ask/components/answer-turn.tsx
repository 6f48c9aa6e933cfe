import { Button } from '@/components/ui/button';
import { CitedText } from '@/components/ui/cited-text';
import { useToast } from '@/components/ui/toast';
import type { Answer } from '@/features/ask/api/answers';

/** One question and its answer, streaming or finished. */
export interface Turn {
  key: string;
  question: string;
  streamed: string;
  answer?: Answer;
  error?: string;
  pending: boolean;
}

type AnswerTurnProps = {
  turn: Turn;
  onRetry: (turn: Turn) => void;
};

export function AnswerTurn({ turn, onRetry }: AnswerTurnProps) {
  const notify = useToast();
  const text = turn.answer?.text ?? turn.streamed;

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
        </div>
      )}
    </li>
  );
}
