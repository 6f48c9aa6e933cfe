import { useEffect, useState } from 'react';
import { HorizontalBars } from '@/components/charts/horizontal-bars';
import { ErrorState, Loading } from '@/components/ui/states';
import { isAbortError, messageOf } from '@/lib/api-client';
import { listEvaluations, type Evaluation } from '@/features/admin/api/admin';

/** nDCG@10 per retrieval mode as horizontal bars: a picture, so the best mode shows at a glance. */
function ScoreBars({ evaluation }: { evaluation: Evaluation }) {
  return (
    <HorizontalBars
      label={`nDCG@10 of ${evaluation.name}: ${evaluation.results.map((r) => `${r.mode} ${r.ndcg10.toFixed(3)}`).join(', ')}`}
      bars={evaluation.results.map((result) => ({ label: result.mode, value: result.ndcg10, display: result.ndcg10.toFixed(3) }))}
      max={1}
    />
  );
}

/** The retrieval evaluations run on this server, newest first. */
export function EvaluationsPanel() {
  const [evaluations, setEvaluations] = useState<Evaluation[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    listEvaluations({ signal: controller.signal })
      .then(setEvaluations)
      .catch((caught: unknown) => {
        if (!isAbortError(caught)) setError(messageOf(caught, 'Could not load the evaluations.'));
      });
    return () => controller.abort();
  }, []);

  return (
    <section className="card" aria-labelledby="evaluations-heading">
      <h2 id="evaluations-heading">Retrieval evaluations</h2>
      {error && <ErrorState message={error} />}
      {!error && !evaluations && <Loading>Loading evaluations…</Loading>}
      {evaluations?.length === 0 && (
        <p className="muted">No evaluations yet. Start one through the API (POST /api/v1/admin/evaluations/retrieval).</p>
      )}
      {evaluations?.map((evaluation) => (
        <article key={evaluation.id} className="evaluation">
          <h3>
            {evaluation.name} <span className="muted">· {evaluation.status.toLowerCase()}</span>
          </h3>
          {evaluation.failureReason && <p className="text-danger">{evaluation.failureReason}</p>}
          {evaluation.results.length > 0 && <ScoreBars evaluation={evaluation} />}
        </article>
      ))}
    </section>
  );
}
