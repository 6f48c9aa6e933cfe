import { Legend } from '@/components/charts/legend';
import { compact, niceMax, shortDay } from '@/components/charts/scale';

export interface Series {
  name: string;
  /** Colours the shapes (a CSS class on the SVG elements, so the chart follows the theme). */
  className: string;
  values: number[];
}

const WIDTH = 600;
const HEIGHT = 180;
const LEFT = 44;
const BOTTOM = 20;

/**
 * Columns per day, the series stacked on each other (requests with their errors, prompt and completion tokens).
 * `label` is what a screen reader hears instead of the picture: say what the numbers show.
 */
export function ColumnChart({ label, days, series }: { label: string; days: string[]; series: Series[] }) {
  const totals = days.map((_, day) => series.reduce((sum, s) => sum + (s.values[day] ?? 0), 0));
  const top = niceMax(Math.max(...totals, 0));
  const plotHeight = HEIGHT - BOTTOM;
  const step = (WIDTH - LEFT) / Math.max(days.length, 1);
  const y = (value: number) => (value / top) * plotHeight;
  return (
    <figure className="chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" className="chart__svg">
        <Axis top={top} plotHeight={plotHeight} />
        {days.map((day, index) => {
          let base = plotHeight;
          return (
            <g key={day}>
              {series.map((s) => {
                const height = y(s.values[index] ?? 0);
                base -= height;
                return height > 0 ? (
                  <rect key={s.name} x={LEFT + index * step + step * 0.15} y={base} width={step * 0.7} height={height} className={s.className} />
                ) : null;
              })}
            </g>
          );
        })}
        <DayLabels days={days} step={step} />
      </svg>
      <Legend items={series} />
    </figure>
  );
}

/** The value axis: zero, the middle and the top, with faint grid lines. */
export function Axis({ top, plotHeight, unit = '' }: { top: number; plotHeight: number; unit?: string }) {
  return (
    <g className="chart__axis">
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line x1={LEFT} x2={WIDTH} y1={plotHeight * (1 - share)} y2={plotHeight * (1 - share)} className="chart__grid" />
          <text x={LEFT - 6} y={plotHeight * (1 - share) + 4} textAnchor="end" fontSize="11" fill="currentColor">
            {compact(top * share)}
            {unit}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The first, middle and last day under the columns: enough to read the range without crowding. */
export function DayLabels({ days, step }: { days: string[]; step: number }) {
  const shown = [...new Set([0, Math.floor((days.length - 1) / 2), days.length - 1])].filter((i) => i >= 0);
  return (
    <g className="chart__axis">
      {shown.map((index) => (
        <text key={index} x={LEFT + index * step + step / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="11" fill="currentColor">
          {shortDay(days[index] ?? '')}
        </text>
      ))}
    </g>
  );
}

export const CHART = { WIDTH, HEIGHT, LEFT, BOTTOM };
