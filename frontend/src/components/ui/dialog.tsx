import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = {
  title: string;
  children: ReactNode;
  /** Escape and the actions inside call this; the dialog never closes on its own. */
  onClose: () => void;
};

/**
 * A modal dialog over the page: focus moves into it on opening and back to where it was on closing, and
 * Escape closes it. The actions inside decide how it ends.
 */
export function Dialog({ title, children, onClose }: DialogProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.focus();
    return () => before?.focus();
  }, []);

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
