// Shapes the report endpoints' answers into chart series and table rows. Pure, so it is tested
// without a browser.

import type { ActivityReport, FunnelReport, Id, PipelineReport } from '../../api/types';
import type { Formats } from '../../i18n/translation';
import type { Money } from '../../lib/money';

/** How report figures are written: the language's formats, and its sign for "no figure". */
export interface ReportFormats {
  format: Pick<Formats, 'money' | 'percent' | 'number'>;
  none: string;
}

/**
 * A pipeline total as text. The report gives null for a total in a currency the server cannot read (one
 * stored before it knew better); that shows as "—" rather than as a wrong figure.
 */
export function formatTotal(total: Money | null, { format, none }: ReportFormats): string {
  return total ? format.money(total) : none;
}

export function currenciesOf(report: PipelineReport): string[] {
  return [...new Set(report.stages.flatMap((stage) => stage.totals.map((line) => line.currency)))];
}

/** Per stage, the total and weighted amount in one currency: heights for bars, exact text for tooltips. */
export function pipelineSeries(report: PipelineReport, currency: string, formats: ReportFormats) {
  const zero = formats.format.money({ amount: '0', currency });
  const lines = report.stages.map((stage) => stage.totals.find((line) => line.currency === currency));
  return {
    total: {
      values: lines.map((line) => (line?.total ? Number(line.total.amount) : 0)),
      labels: lines.map((line) => (line ? formatTotal(line.total, formats) : zero)),
    },
    weighted: {
      values: lines.map((line) => (line?.weighted ? Number(line.weighted.amount) : 0)),
      labels: lines.map((line) => (line ? formatTotal(line.weighted, formats) : zero)),
    },
  };
}

export function funnelSeries(report: FunnelReport, { format }: ReportFormats) {
  return {
    values: report.stages.map((stage) => stage.entered),
    labels: report.stages.map((stage) =>
      stage.conversion_from_previous
        ? `${format.number(stage.entered)} (${format.percent(stage.conversion_from_previous)})`
        : format.number(stage.entered),
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
