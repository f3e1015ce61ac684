// Shapes the report endpoints' answers into chart series and table rows. Pure, so it is tested
// without a browser.

import type { ActivityReport, FunnelReport, Id, PipelineReport } from '../../api/types';
import { formatMoney, type Money } from '../../lib/money';
import { strings } from '../../strings';

export function formatPercent(ratio: string | null | undefined, locale?: string): string {
  if (ratio === null || ratio === undefined) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio as Intl.StringNumericLiteral,
  );
}

/**
 * A pipeline total as text. The report gives null for a total in a currency the server cannot read (one
 * stored before it knew better); that shows as "—" rather than as a wrong figure.
 */
export function formatTotal(total: Money | null): string {
  return total ? formatMoney(total) : strings.common.none;
}

export function currenciesOf(report: PipelineReport): string[] {
  return [...new Set(report.stages.flatMap((stage) => stage.totals.map((line) => line.currency)))];
}

/** Per stage, the total and weighted amount in one currency: heights for bars, exact text for tooltips. */
export function pipelineSeries(report: PipelineReport, currency: string) {
  const lines = report.stages.map((stage) => stage.totals.find((line) => line.currency === currency));
  return {
    total: {
      values: lines.map((line) => (line?.total ? Number(line.total.amount) : 0)),
      labels: lines.map((line) => (line ? formatTotal(line.total) : formatMoney({ amount: '0', currency }))),
    },
    weighted: {
      values: lines.map((line) => (line?.weighted ? Number(line.weighted.amount) : 0)),
      labels: lines.map((line) => (line ? formatTotal(line.weighted) : formatMoney({ amount: '0', currency }))),
    },
  };
}

export function funnelSeries(report: FunnelReport) {
  return {
    values: report.stages.map((stage) => stage.entered),
    labels: report.stages.map((stage) =>
      stage.conversion_from_previous ? `${stage.entered} (${formatPercent(stage.conversion_from_previous)})` : String(stage.entered),
    ),
  };
}

/** Activities per owner per week (all kinds together), weeks in order. */
export function activityByWeek(report: ActivityReport): { weeks: string[]; owners: Id[]; counts: Map<Id, number[]> } {
  const weeks = [...new Set(report.items.map((item) => item.week))].sort();
  const owners = [...new Set(report.items.map((item) => item.owner_id))];
  const counts = new Map<Id, number[]>(owners.map((owner) => [owner, weeks.map(() => 0)]));
  for (const item of report.items) {
    const row = counts.get(item.owner_id);
    const index = weeks.indexOf(item.week);
    if (row && index >= 0) row[index] = (row[index] ?? 0) + item.count;
  }
  return { weeks, owners, counts };
}
