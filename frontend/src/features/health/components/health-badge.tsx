import { useEffect, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { isAbortError } from '@/lib/api-client';
import { getHealth } from '@/features/health/api/health';

type ServerState = 'checking' | 'up' | 'down';

const LABELS: Record<ServerState, string> = {
  checking: 'Checking server…',
  up: 'Server up',
  down: 'Server down',
};

const TONES = { checking: 'neutral', up: 'success', down: 'danger' } as const;

type HealthBadgeProps = {
  /** How often to check again, in milliseconds. */
  pollIntervalMs?: number;
};

/** Shows whether the server reports itself UP on /actuator/health, checking again periodically. */
export function HealthBadge({ pollIntervalMs = 30_000 }: HealthBadgeProps) {
  const [state, setState] = useState<ServerState>('checking');

  useEffect(() => {
    const controller = new AbortController();
    const check = () => {
      getHealth({ signal: controller.signal })
        .then((health) => setState(health.status === 'UP' ? 'up' : 'down'))
        .catch((error: unknown) => {
          if (!isAbortError(error)) {
            setState('down');
          }
        });
    };
    check();
    const timer = window.setInterval(check, pollIntervalMs);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [pollIntervalMs]);

  return (
    <div role="status" aria-live="polite">
      <Badge tone={TONES[state]}>{LABELS[state]}</Badge>
    </div>
  );
}
