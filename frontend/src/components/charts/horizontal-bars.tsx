export interface Bar {
  label: string;
  value: number;
  /** The value as shown after the bar; the number itself when absent. */
  display?: string;
}

const ROW = 26;
const LABEL = 170;
const BAR = 250;

/**
 * One bar per row, longest for the largest value (or a fixed `max`, such as 1 for scores), with the label
 * before it and the value after it. `label` is what a screen reader hears: say what the bars show.
 */
export function HorizontalBars({ label, bars, max }: { label: string; bars: Bar[]; max?: number }) {
  const top = max ?? Math.max(...bars.map((bar) => bar.value), 1);
  const height = bars.length * ROW;
  return (
    <svg className="bar-chart" role="img" aria-label={label} viewBox={`0 0 ${LABEL + BAR + 80} ${height}`} width="100%" height={height}>
      {bars.map((bar, index) => (
        <g key={bar.label} transform={`translate(0 ${index * ROW})`}>
          <title>{`${bar.label}: ${bar.display ?? bar.value}`}</title>
          <text x="0" y="17" fontSize="12" fill="currentColor">
            {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
          </text>
          <rect x={LABEL} y="5" width={Math.max(1, (bar.value / top) * BAR)} height="16" rx="3" className="bar-chart__bar" />
          <text x={LABEL + 6 + (bar.value / top) * BAR} y="17" fontSize="12" fill="currentColor">
            {bar.display ?? String(bar.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
