type ProgressBarProps = {
  /** 0 to 100. */
  value: number;
  label: string;
  tone?: 'accent' | 'success' | 'danger';
};

/** A labelled progress bar screen readers announce as one (role progressbar, aria-valuenow). */
export function ProgressBar({ value, label, tone = 'accent' }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className={`progress progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
    >
      <div className="progress__fill" style={{ width: `${clamped}%` }} />
    </div>
  );
}
