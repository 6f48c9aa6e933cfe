import type { ReactNode } from 'react';

type BadgeProps = {
  tone: 'neutral' | 'success' | 'danger';
  children: ReactNode;
};

export function Badge({ tone, children }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`}>
      <span className="badge__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
