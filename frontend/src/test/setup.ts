import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library's automatic cleanup is wired up here.
afterEach(() => {
  cleanup();
});

// The build machine is small and shared: wait longer than the 1 s default before calling an element missing.
configure({ asyncUtilTimeout: 5000 });
