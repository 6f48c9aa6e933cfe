import { useCallback, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { EmptyState, ErrorState, Loading } from '@/components/ui/states';
import { useLoaded } from '@/lib/use-loaded';
import { usageCsvUrl, usageReport, type Grouping } from '@/features/admin/api/usage';
import { LatencyChart, RequestsChart, TokensChart, TopChart } from '@/features/admin/components/usage-charts';

const RANGES = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
];

const BREAKDOWNS: { value: Grouping; label: string; title: string }[] = [
  { value: 'workspace', label: 'Workspaces', title: 'Top workspaces' },
  { value: 'key', label: 'API keys', title: 'Top API keys' },
  { value: 'route', label: 'Endpoints', title: 'Top endpoints' },
];

/** API usage for administrators: requests, tokens and latency per day, and who and what used the API most. */
export function UsagePanel() {
  const [days, setDays] = useState(30);
  const [breakdown, setBreakdown] = useState<Grouping>('workspace');
  const load = useCallback(
    () => Promise.all([usageReport('day', days), usageReport('user', days), usageReport(breakdown, days)]),
    [days, breakdown],
  );
  const { value, error, reload } = useLoaded(load, 'Could not load the usage.');
  const [perDay, perUser, perBreakdown] = value ?? [];
  const title = BREAKDOWNS.find((b) => b.value === breakdown)?.title ?? '';

  return (
    <section className="card" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Usage</h2>
      <div className="inline-form" role="group" aria-label="Usage range">
        <SelectField label="Days" options={RANGES} value={String(days)} onChange={(e) => setDays(Number(e.target.value))} />
        <SelectField
          label="Break down by"
          options={BREAKDOWNS}
          value={breakdown}
          onChange={(e) => setBreakdown(e.target.value as Grouping)}
        />
        <Button variant="secondary" onClick={reload}>
          Refresh
        </Button>
        <a className="button button--secondary" href={usageCsvUrl(breakdown, days)} download>
          Export CSV
        </a>
      </div>
      {error && <ErrorState message={error} onRetry={reload} />}
      {!error && !value && <Loading>Loading the usage…</Loading>}
      {perDay && perDay.totals.requests === 0 && (
        <EmptyState title="No API calls in these days.">
          <p className="muted">
            Every call to /api and /v1 is counted within a few seconds: search, ask or generate something, or choose more days.
          </p>
        </EmptyState>
      )}
      {perDay && perUser && perBreakdown && perDay.totals.requests > 0 && (
        <>
          <p className="muted">
            {perDay.totals.requests} requests, {perDay.totals.promptTokens + perDay.totals.completionTokens} tokens, median{' '}
            {perDay.totals.latencyP50Ms} ms (p95 {perDay.totals.latencyP95Ms} ms) from {perDay.from} to {perDay.to} (UTC).
          </p>
          <div className="charts">
            <Chart title="Requests per day">
              <RequestsChart days={perDay.rows} />
            </Chart>
            <Chart title="Tokens per day">
              {perDay.totals.promptTokens + perDay.totals.completionTokens > 0 ? (
                <TokensChart days={perDay.rows} />
              ) : (
                <p className="muted">No tokens generated yet: answers, summaries and chat completions written by a model count here.</p>
              )}
            </Chart>
            <Chart title="Latency per day">
              <LatencyChart days={perDay.rows} />
            </Chart>
            <Chart title="Top users">
              <TopChart title="Top users" rows={perUser.rows} />
            </Chart>
            <Chart title={title}>
              <TopChart title={title} rows={perBreakdown.rows} />
            </Chart>
          </div>
        </>
      )}
    </section>
  );
}

function Chart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="evaluation" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </article>
  );
}
