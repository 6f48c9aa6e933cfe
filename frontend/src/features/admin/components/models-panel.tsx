import { useCallback, useEffect, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ErrorState, Loading } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { messageOf } from '@/lib/api-client';
import {
  activateModel,
  cancelPull,
  deleteModel,
  finished,
  listModels,
  startPull,
  type ModelList,
  type ModelState,
} from '@/features/admin/api/admin';

/** How often a running pull's progress is read. */
export const PULL_POLL_MS = 1000;

function PullState({ model }: { model: ModelState }) {
  const pull = model.pull;
  if (!pull || pull.state === 'DONE') return null;
  if (pull.state === 'FAILED' || pull.state === 'CANCELLED') {
    return <span className="text-danger">{pull.detail ?? `Pull ${pull.state.toLowerCase()}.`}</span>;
  }
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  return (
    <div className="doc-status">
      <ProgressBar value={pull.percent} label={`Pulling ${model.id}`} />
      <span className="muted">
        {pull.state === 'VERIFYING' ? 'Verifying…' : `${mb(pull.bytes)}${pull.total > 0 ? ` of ${mb(pull.total)}` : ''}`}
        {pull.etaSeconds > 0 && ` · about ${pull.etaSeconds} s left`}
      </span>
    </div>
  );
}

/** The model catalog and what is installed: pull with progress, activate, delete. */
export function ModelsPanel() {
  const notify = useToast();
  const [list, setList] = useState<ModelList>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    listModels()
      .then((found) => {
        setList(found);
        setError(undefined);
      })
      .catch((caught: unknown) => setError(messageOf(caught, 'Could not load the models.')));
  }, []);
  useEffect(load, [load]);

  const pulling = list?.models.some((model) => !finished(model.pull)) ?? false;
  useEffect(() => {
    if (!pulling) return undefined;
    const timer = setTimeout(load, PULL_POLL_MS);
    return () => clearTimeout(timer);
  }, [pulling, list, load]);

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      notify(done, 'success');
    } catch (caught) {
      notify(messageOf(caught, 'That did not work.'), 'danger');
    }
    load();
  }

  return (
    <section className="card" aria-labelledby="models-heading">
      <h2 id="models-heading">Models</h2>
      {error && <ErrorState message={error} onRetry={load} />}
      {!error && !list && <Loading>Loading models…</Loading>}
      {list?.catalogNote && (
        <details className="muted">
          <summary>About this catalog</summary>
          <p>{list.catalogNote}</p>
        </details>
      )}
      {list && (
        <table className="table" aria-label="Models">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.models.map((model) => (
              <tr key={model.id}>
                <td>
                  <strong>{model.catalog?.name ?? model.id}</strong>
                  <div className="muted">
                    {model.catalog
                      ? `${model.catalog.parameters} · ${model.catalog.quantization} · ~${model.catalog.approximateSizeMb} MB`
                      : 'Local file'}
                  </div>
                </td>
                <td>
                  {model.serving && <Badge tone="success">Serving</Badge>}
                  {!model.serving && model.active && <Badge tone="neutral">Active</Badge>}
                  {!model.active && model.file && <Badge tone="neutral">Installed</Badge>}
                  {!model.file && finished(model.pull) && <span className="muted">Not installed</span>}
                  <PullState model={model} />
                </td>
                <td>
                  <div className="actions">
                  {!model.file && finished(model.pull) && (
                    <Button className="button--small" onClick={() => void act(() => startPull(model.id), `Pulling ${model.id}…`)}>
                      Pull
                    </Button>
                  )}
                  {!finished(model.pull) && (
                    <Button variant="secondary" className="button--small" onClick={() => void act(() => cancelPull(model.id), 'Pull cancelled.')}>
                      Cancel
                    </Button>
                  )}
                  {model.file && !model.active && (
                    <Button className="button--small" onClick={() => void act(() => activateModel(model.id), `${model.id} is now active.`)}>
                      Activate
                    </Button>
                  )}
                  {model.file && (
                    <Button
                      variant="secondary"
                      className="button--small"
                      aria-label={`Delete ${model.id}`}
                      onClick={() => {
                        if (window.confirm(`Delete the file of ${model.id}?`)) {
                          void act(() => deleteModel(model.id), `${model.id} deleted.`);
                        }
                      }}
                    >
                      Delete
                    </Button>
                  )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
