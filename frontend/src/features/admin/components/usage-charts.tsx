import { ColumnChart } from '@/components/charts/column-chart';
import { HorizontalBars } from '@/components/charts/horizontal-bars';
import { LineChart } from '@/components/charts/line-chart';
import type { UsageRow } from '@/features/admin/api/usage';

const TOP = 8;

/** Requests per day, errors stacked on top in their own colours. */
export function RequestsChart({ days }: { days: UsageRow[] }) {
  const total = sum(days, (d) => d.requests);
  const busiest = most(days, (d) => d.requests);
  return (
    <ColumnChart
      label={`Requests per day: ${total} in ${days.length} days, ${sum(days, (d) => d.clientErrors)} client errors,`
        + ` ${sum(days, (d) => d.serverErrors)} server errors; busiest day ${busiest?.group} with ${busiest?.requests}.`}
      days={days.map((d) => d.group)}
      series={[
        { name: 'Succeeded', className: 'series-ok', values: days.map((d) => d.requests - d.clientErrors - d.serverErrors) },
        { name: 'Client errors (4xx)', className: 'series-client-error', values: days.map((d) => d.clientErrors) },
        { name: 'Server errors (5xx)', className: 'series-server-error', values: days.map((d) => d.serverErrors) },
      ]}
    />
  );
}

/** Tokens the model read and wrote per day. */
export function TokensChart({ days }: { days: UsageRow[] }) {
  return (
    <ColumnChart
      label={`Tokens per day: ${sum(days, (d) => d.promptTokens)} prompt tokens and`
        + ` ${sum(days, (d) => d.completionTokens)} completion tokens in ${days.length} days.`}
      days={days.map((d) => d.group)}
      series={[
        { name: 'Prompt tokens', className: 'series-prompt', values: days.map((d) => d.promptTokens) },
        { name: 'Completion tokens', className: 'series-completion', values: days.map((d) => d.completionTokens) },
      ]}
    />
  );
}

/** Median and 95th percentile latency per day; days without calls show zero. */
export function LatencyChart({ days }: { days: UsageRow[] }) {
  const worst = most(days, (d) => d.latencyP95Ms);
  return (
    <LineChart
      label={`Latency per day in milliseconds: the 95th percentile peaked at ${worst?.latencyP95Ms} ms on ${worst?.group};`
        + ` median on the last day ${days.at(-1)?.latencyP50Ms ?? 0} ms.`}
      days={days.map((d) => d.group)}
      unit=" ms"
      series={[
        { name: 'Median (p50)', className: 'series-p50', values: days.map((d) => d.latencyP50Ms) },
        { name: '95th percentile (p95)', className: 'series-p95', values: days.map((d) => d.latencyP95Ms) },
      ]}
    />
  );
}

/** The groups with the most requests, longest bar first. */
export function TopChart({ title, rows }: { title: string; rows: UsageRow[] }) {
  const top = rows.slice(0, TOP);
  if (top.length === 0) {
    return <p className="muted">No calls to break down in these days.</p>;
  }
  return (
    <HorizontalBars
      label={`${title} by requests: ${top.map((r) => `${r.group} ${r.requests}`).join(', ')}.`}
      bars={top.map((r) => ({ label: r.group, value: r.requests }))}
    />
  );
}

/** The row with the largest value; the earliest of equal ones. */
function most(rows: UsageRow[], value: (row: UsageRow) => number): UsageRow | undefined {
  return rows.reduce<UsageRow | undefined>((best, row) => (!best || value(row) > value(best) ? row : best), undefined);
}

function sum(rows: UsageRow[], value: (row: UsageRow) => number): number {
  return rows.reduce((total, row) => total + value(row), 0);
}
