import { StrictMode, type ReactNode } from 'react';

/** App-wide providers (query client, router, theme, …) are added here as the app grows. */
export function Providers({ children }: { children: ReactNode }) {
  return <StrictMode>{children}</StrictMode>;
}
