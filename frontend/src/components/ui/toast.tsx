import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Tone = 'info' | 'success' | 'danger';

interface Toast {
  id: number;
  tone: Tone;
  message: string;
}

type Notify = (message: string, tone?: Tone) => void;

const ToastContext = createContext<Notify>(() => {});
const ClearContext = createContext<() => void>(() => {});

/** Shows short messages at the corner of the screen; errors stay until dismissed, others fade after 6 s. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, tone = 'info') => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all.slice(-3), { id, tone, message }]);
      if (tone !== 'danger') {
        setTimeout(() => dismiss(id), 6000);
      }
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  const clear = useCallback(() => setToasts([]), []);
  return (
    <ToastContext.Provider value={value}>
      <ClearContext.Provider value={clear}>{children}</ClearContext.Provider>
      <div className="toasts" role="region" aria-label="Notifications">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast--${toast.tone}`}
            role={toast.tone === 'danger' ? 'alert' : 'status'}
          >
            <span>{toast.message}</span>
            <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Removes every toast: what the previous user saw must not greet the sign-in page. */
export function useClearToasts(): () => void {
  return useContext(ClearContext);
}

/** The function that shows a toast. */
export function useToast(): Notify {
  return useContext(ToastContext);
}
