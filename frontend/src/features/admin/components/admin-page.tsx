import { EvaluationsPanel } from '@/features/admin/components/evaluations-panel';
import { ModelsPanel } from '@/features/admin/components/models-panel';

/** Administration: language models and retrieval quality. */
export function AdminPage() {
  return (
    <div className="stack">
      <ModelsPanel />
      <EvaluationsPanel />
    </div>
  );
}
