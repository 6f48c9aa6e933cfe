import { Axis, CHART, DayLabels, type Series } from '@/components/charts/column-chart';
import { Legend } from '@/components/charts/legend';
import { niceMax } from '@/components/charts/scale';

/** Lines per day (latency percentiles); a point marks each day so that a single day still shows. */
export function LineChart({ label, days, series, unit = '' }: { label: string; days: string[]; series: Series[]; unit?: string }) {
  const top = niceMax(Math.max(...series.flatMap((s) => s.values), 0));
  const plotHeight = CHART.HEIGHT - CHART.BOTTOM;
  const step = (CHART.WIDTH - CHART.LEFT) / Math.max(days.length, 1);
  const x = (index: number) => CHART.LEFT + index * step + step / 2;
  const y = (value: number) => plotHeight - (value / top) * plotHeight;
  return (
    <figure className="chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${CHART.WIDTH} ${CHART.HEIGHT}`} width="100%" className="chart__svg">
        <Axis top={top} plotHeight={plotHeight} unit={unit} />
        {series.map((s) => (
          <g key={s.name} className={s.className}>
            <polyline points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} className="chart__line" />
            {s.values.map((v, i) => (
              <circle key={days[i]} cx={x(i)} cy={y(v)} r="2.5" />
            ))}
          </g>
        ))}
        <DayLabels days={days} step={step} />
      </svg>
      <Legend items={series} />
    </figure>
  );
}
