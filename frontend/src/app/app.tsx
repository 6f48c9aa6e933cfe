import { useState, type ReactNode } from 'react';
import { HashRouter, NavLink, Route, Routes } from 'react-router';
import { EmptyState } from '@/components/ui/states';
import { ToastProvider } from '@/components/ui/toast';
import { useWorkspace } from '@/app/use-workspace';
import { AdminPage } from '@/features/admin';
import { AskPage } from '@/features/ask';
import { HealthBadge } from '@/features/health';
import { DocumentView, LibraryPage } from '@/features/library';
import { ReportView, ReportsPage } from '@/features/reports';
import { SessionGate, type SessionState } from '@/features/session';
import { StudioPage } from '@/features/studio';
import { MembersPanel, WorkspacePicker, WorkspacesPanel } from '@/features/workspaces';

const NAVIGATION = [
  { to: '/', label: 'Library' },
  { to: '/ask', label: 'Ask' },
  { to: '/studio', label: 'Studio' },
  { to: '/reports', label: 'Reports' },
  { to: '/admin', label: 'Admin' },
];

/** The pages that need a workspace say so instead of showing a blank screen. */
function InWorkspace({ id, children }: { id?: string; children: (id: string) => ReactNode }) {
  if (!id) {
    return (
      <EmptyState title="Choose a workspace first.">
        <p className="muted">Create one in the Library: it holds the documents you ask about and report on.</p>
      </EmptyState>
    );
  }
  return <>{children(id)}</>;
}

/** Global administrators, and everyone on a server without sign-in, see the whole admin area. */
function isAdministrator(session: SessionState): boolean {
  return session.kind === 'open' || (session.kind === 'signed-in' && session.session.roles.includes('ADMIN'));
}

function Shell({ session, signOut }: { session: SessionState; signOut?: () => void }) {
  const [workspaceId, setWorkspaceId] = useWorkspace();
  const [workspacesVersion, setWorkspacesVersion] = useState(0);
  // the creator of a workspace administers it, which the session read at sign-in does not know yet
  const [created, setCreated] = useState<string[]>([]);
  const administrator = isAdministrator(session);
  const managesMembers = (id: string) =>
    administrator ||
    created.includes(id) ||
    (session.kind === 'signed-in' && session.session.workspaces.some((w) => w.id === id && w.role === 'ADMIN'));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1 className="app-header__title">Lectern</h1>
        <nav aria-label="Main" className="app-nav">
          {NAVIGATION.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === '/'} className="app-nav__link">
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="app-header__tools">
          <WorkspacePicker value={workspaceId} onChange={setWorkspaceId} refreshKey={workspacesVersion} />
          <HealthBadge />
          {session.kind === 'signed-in' && (
            <span className="muted" aria-label="Signed in as">
              {session.session.username}
            </span>
          )}
          {signOut && (
            <button type="button" className="button button--secondary button--small" onClick={signOut}>
              Sign out
            </button>
          )}
        </div>
      </header>
      <main className="app-main" id="main">
        <Routes>
          <Route
            path="/"
            element={
              <div className="library-layout">
                <InWorkspace id={workspaceId}>{(id) => <LibraryPage key={id} workspaceId={id} />}</InWorkspace>
                <div className="stack">
                  <WorkspacesPanel
                    onCreated={(workspace) => {
                      setWorkspacesVersion((v) => v + 1);
                      setCreated((ids) => [...ids, workspace.id]);
                      if (!workspaceId) setWorkspaceId(workspace.id);
                    }}
                  />
                  {workspaceId && managesMembers(workspaceId) && <MembersPanel key={workspaceId} workspaceId={workspaceId} />}
                </div>
              </div>
            }
          />
          <Route path="/documents/:id" element={<DocumentView />} />
          <Route
            path="/ask"
            element={<InWorkspace id={workspaceId}>{(id) => <AskPage key={id} workspaceId={id} />}</InWorkspace>}
          />
          <Route
            path="/studio"
            element={<InWorkspace id={workspaceId}>{(id) => <StudioPage key={id} workspaceId={id} />}</InWorkspace>}
          />
          <Route
            path="/reports"
            element={<InWorkspace id={workspaceId}>{(id) => <ReportsPage key={id} workspaceId={id} />}</InWorkspace>}
          />
          <Route path="/reports/:id" element={<ReportView />} />
          <Route path="/admin" element={<AdminPage administrator={administrator} />} />
          <Route path="*" element={<EmptyState title="This page does not exist." />} />
        </Routes>
      </main>
    </div>
  );
}

/** The application: session check, then the shell with its pages. Hash routes need no server routing. */
export function App() {
  return (
    <ToastProvider>
      <HashRouter>
        <SessionGate>{(session, signOut) => <Shell session={session} signOut={signOut} />}</SessionGate>
      </HashRouter>
    </ToastProvider>
  );
}
