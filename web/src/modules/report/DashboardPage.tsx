// Pipeline, funnel and activity KPIs as charts with a table view. The server scopes every report to
// what the user may see: a head their teams, a director everything, a manager their own work.

import { Alert, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { ActivityReport, FunnelReport, PipelineReport } from '../../api/types';
import { useMe } from '../../auth/session';
import { civilDate, startOfDay } from '../../lib/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordSection } from '../../record/RecordSection';
import { useUsers } from '../user/users';
import { BarChart, PALETTE } from './BarChart';
import { activityByWeek, currenciesOf, formatTotal, funnelSeries, pipelineSeries } from './reportData';

interface PanelProps {
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
  extra?: ReactNode;
}

function Panel({ id, title, chart, table, extra }: PanelProps) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <RecordSection
      headingId={id}
      title={title}
      testId={id}
      action={
        <Group gap="xs">
          {extra}
          <SegmentedControl
            size="xs"
            aria-label={t('common.view')}
            value={view}
            onChange={(value) => setView(value as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('common.chart') },
              { value: 'table', label: t('common.table') },
            ]}
          />
        </Group>
      }
    >
      {view === 'chart' ? chart : <div className="table-wrap">{table}</div>}
    </RecordSection>
  );
}

/** A report's figures as a table, each row headed by its first column. */
function ReportTable<T>({ headers, rows, rowKey, cells }: { headers: string[]; rows: readonly T[]; rowKey(row: T): string; cells(row: T): [ReactNode, ...ReactNode[]] }) {
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          {headers.map((header) => (
            <Table.Th key={header} scope="col">
              {header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const [first, ...rest] = cells(row);
          return (
            <Table.Tr key={rowKey(row)}>
              <Table.Th scope="row">{first}</Table.Th>
              {rest.map((cell, index) => (
                <Table.Td key={index}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function PipelinePanel({ report }: { report: PipelineReport }) {
  const currencies = currenciesOf(report);
  const [currency, setCurrency] = useState(currencies[0] ?? 'EUR');
  const { t, format } = useI18n();
  const formats = useMemo(() => ({ format, none: t('common.none') }), [format, t]);
  const series = useMemo(() => pipelineSeries(report, currency, formats), [report, currency, formats]);
  const categories = useMemo(() => report.stages.map((stage) => t(`deal.stages.${stage.stage}`)), [report, t]);
  const chartSeries = useMemo(
    () => [
      { label: t('dashboard.total'), ...series.total, colour: PALETTE[0] ?? '#1c7ed6' },
      { label: t('dashboard.weighted'), ...series.weighted, colour: PALETTE[1] ?? '#12b886' },
    ],
    [series, t],
  );
  return (
    <Panel
      id="pipeline-report"
      title={t('dashboard.pipelineTitle')}
      extra={
        currencies.length > 1 ? (
          <NativeSelect
            size="xs"
            aria-label={t('deal.currency')}
            value={currency}
            data={currencies}
            onChange={(event) => setCurrency(event.currentTarget.value)}
          />
        ) : (
          <Text size="xs" c="dimmed">
            {t('dashboard.currencyNote', { currency })}
          </Text>
        )
      }
      chart={<BarChart title={t('dashboard.pipelineTitle')} categories={categories} series={chartSeries} />}
      table={
        <ReportTable
          headers={[t('dashboard.stage'), t('dashboard.deals'), t('dashboard.total'), t('dashboard.weighted')]}
          rows={report.stages}
          rowKey={(stage) => stage.stage}
          cells={(stage) => [
            t(`deal.stages.${stage.stage}`),
            format.number(stage.count),
            <bdi>{stage.totals.map((line) => formatTotal(line.total, formats)).join(' + ') || t('common.none')}</bdi>,
            <bdi>{stage.totals.map((line) => formatTotal(line.weighted, formats)).join(' + ') || t('common.none')}</bdi>,
          ]}
        />
      }
    />
  );
}

function FunnelPanel({ report }: { report: FunnelReport }) {
  const { t, format } = useI18n();
  const series = useMemo(() => funnelSeries(report, { format, none: t('common.none') }), [report, format, t]);
  const categories = useMemo(() => report.stages.map((stage) => t(`deal.stages.${stage.stage}`)), [report, t]);
  const chartSeries = useMemo(() => [{ label: t('dashboard.entered'), ...series, colour: PALETTE[2] ?? '#f59f00' }], [series, t]);
  return (
    <Panel
      id="funnel-report"
      title={t('dashboard.funnelTitle')}
      chart={<BarChart title={t('dashboard.funnelTitle')} categories={categories} series={chartSeries} horizontal />}
      table={
        <ReportTable
          headers={[t('dashboard.stage'), t('dashboard.entered'), t('dashboard.conversion')]}
          rows={report.stages}
          rowKey={(stage) => stage.stage}
          cells={(stage) => [t(`deal.stages.${stage.stage}`), format.number(stage.entered), format.percent(stage.conversion_from_previous) || t('common.none')]}
        />
      }
    />
  );
}

function ActivityPanel({ report }: { report: ActivityReport }) {
  const { nameOf } = useUsers();
  const { t, format } = useI18n();
  const shaped = useMemo(() => activityByWeek(report), [report]);
  const categories = useMemo(() => shaped.weeks.map((week) => format.date(week)), [shaped, format]);
  const chartSeries = useMemo(
    () =>
      shaped.owners.map((owner, index) => ({
        label: nameOf(owner),
        values: shaped.counts.get(owner) ?? [],
        colour: PALETTE[index % PALETTE.length] ?? '#1c7ed6',
      })),
    [shaped, nameOf],
  );
  return (
    <Panel
      id="activity-report"
      title={t('dashboard.activityTitle')}
      chart={
        report.items.length === 0 ? (
          <Text c="dimmed">{t('dashboard.noData')}</Text>
        ) : (
          <BarChart title={t('dashboard.activityTitle')} categories={categories} series={chartSeries} />
        )
      }
      table={
        <ReportTable
          headers={[t('dashboard.manager'), t('dashboard.week'), t('dashboard.kind'), t('dashboard.count')]}
          rows={report.items}
          rowKey={(item) => `${item.owner_id}-${item.week}-${item.kind}`}
          cells={(item) => [nameOf(item.owner_id), format.date(item.week), t(`activity.kinds.${item.kind}`), format.number(item.count)]}
        />
      }
    />
  );
}

interface Reports {
  pipeline: PipelineReport;
  funnel: FunnelReport;
  activity: ActivityReport;
}

export function DashboardPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t } = i18n;
  const [to, setTo] = useState(() => civilDate(new Date()));
  const [from, setFrom] = useState(() => civilDate(startOfDay(new Date(), -83)));
  const [reports, setReports] = useState<Reports | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.get<PipelineReport>('/reports/pipeline'),
      api.get<FunnelReport>('/reports/funnel', { from, to }),
      api.get<ActivityReport>('/reports/activity', { from, to }),
    ]).then(
      ([pipeline, funnel, activity]) => {
        if (!live) return;
        setReports({ pipeline, funnel, activity });
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [from, to]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{me.role === 'manager' ? t('dashboard.ownTitle') : t('dashboard.title')}</Title>
        <Group gap="xs">
          <TextInput type="date" label={t('dashboard.from')} value={from} max={to} onChange={(event) => setFrom(event.currentTarget.value)} />
          <TextInput type="date" label={t('dashboard.to')} value={to} min={from} onChange={(event) => setTo(event.currentTarget.value)} />
        </Group>
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      {reports && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <PipelinePanel report={reports.pipeline} />
            <FunnelPanel report={reports.funnel} />
          </SimpleGrid>
          <ActivityPanel report={reports.activity} />
        </>
      )}
    </Stack>
  );
}
