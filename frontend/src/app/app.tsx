import { HealthBadge } from '@/features/health';
import { WorkspacesPanel } from '@/features/workspaces';

/** The application shell. There is one page for now; a router joins when a second one does. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-header__title">Lectern</h1>
        <HealthBadge />
      </header>
      <main className="app-main">
        <WorkspacesPanel />
      </main>
    </div>
  );
}
