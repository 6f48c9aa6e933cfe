import { ApiKeysPanel } from '@/features/admin/components/api-keys-panel';
import { AuditPanel } from '@/features/admin/components/audit-panel';
import { EvaluationsPanel } from '@/features/admin/components/evaluations-panel';
import { JobsPanel } from '@/features/admin/components/jobs-panel';
import { ModelsPanel } from '@/features/admin/components/models-panel';
import { UsagePanel } from '@/features/admin/components/usage-panel';
import { UsersPanel } from '@/features/admin/components/users-panel';

type AdminPageProps = {
  /** Global administrators see everything; other users only their own API keys (the rest would answer 403). */
  administrator: boolean;
};

/** Administration: API keys for everyone; users, usage, audit, the ingestion queue, language models and retrieval quality for administrators. */
export function AdminPage({ administrator }: AdminPageProps) {
  return (
    <div className="stack">
      {administrator && <UsersPanel />}
      <ApiKeysPanel />
      {administrator && <UsagePanel />}
      {administrator && <AuditPanel />}
      {administrator && <JobsPanel />}
      {administrator && <ModelsPanel />}
      {administrator && <EvaluationsPanel />}
    </div>
  );
}
