// Pipeline, funnel and activity KPIs as charts with a table view. The server scopes every report to
// what the user may see: a head their teams, a director everything, a manager their own work.

import { Alert, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { ActivityReport, FunnelReport, PipelineReport, Stage } from '../../api/types';
import { useMe } from '../../auth/session';
import { civilDate, formatDate, startOfDay } from '../../lib/dates';
import { strings } from '../../strings';
import { useUsers } from '../user/users';
import { BarChart, PALETTE } from './BarChart';
import { activityByWeek, currenciesOf, formatPercent, formatTotal, funnelSeries, pipelineSeries } from './reportData';

const text = strings.dashboard;
const stageName = (stage: Stage) => strings.deal.stages[stage];

interface PanelProps {
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
  extra?: ReactNode;
}

function Panel({ id, title, chart, table, extra }: PanelProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={id}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Group gap="xs">
          {extra}
          <SegmentedControl
            size="xs"
            aria-label={strings.common.view}
            value={view}
            onChange={(value) => setView(value as 'chart' | 'table')}
            data={[
              { value: 'chart', label: strings.common.chart },
              { value: 'table', label: strings.common.table },
            ]}
          />
        </Group>
      </Group>
      {view === 'chart' ? chart : <div className="table-wrap">{table}</div>}
    </Card>
  );
}

function PipelinePanel({ report }: { report: PipelineReport }) {
  const currencies = currenciesOf(report);
  const [currency, setCurrency] = useState(currencies[0] ?? 'EUR');
  const series = useMemo(() => pipelineSeries(report, currency), [report, currency]);
  const categories = useMemo(() => report.stages.map((stage) => stageName(stage.stage)), [report]);
  const chartSeries = useMemo(
    () => [
      { label: text.total, ...series.total, colour: PALETTE[0] ?? '#1c7ed6' },
      { label: text.weighted, ...series.weighted, colour: PALETTE[1] ?? '#12b886' },
    ],
    [series],
  );
  return (
    <Panel
      id="pipeline-report"
      title={text.pipelineTitle}
      extra={
        currencies.length > 1 ? (
          <NativeSelect
            size="xs"
            aria-label={strings.deal.currency}
            value={currency}
            data={currencies}
            onChange={(event) => setCurrency(event.currentTarget.value)}
          />
        ) : (
          <Text size="xs" c="dimmed">
            {text.currencyNote(currency)}
          </Text>
        )
      }
      chart={<BarChart title={text.pipelineTitle} categories={categories} series={chartSeries} />}
      table={
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{text.stage}</Table.Th>
              <Table.Th scope="col">{text.deals}</Table.Th>
              <Table.Th scope="col">{text.total}</Table.Th>
              <Table.Th scope="col">{text.weighted}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.stages.map((stage) => (
              <Table.Tr key={stage.stage}>
                <Table.Th scope="row">{stageName(stage.stage)}</Table.Th>
                <Table.Td>{stage.count}</Table.Td>
                <Table.Td>{stage.totals.map((line) => formatTotal(line.total)).join(' + ') || strings.common.none}</Table.Td>
                <Table.Td>{stage.totals.map((line) => formatTotal(line.weighted)).join(' + ') || strings.common.none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

function FunnelPanel({ report }: { report: FunnelReport }) {
  const series = useMemo(() => funnelSeries(report), [report]);
  const categories = useMemo(() => report.stages.map((stage) => stageName(stage.stage)), [report]);
  const chartSeries = useMemo(() => [{ label: text.entered, ...series, colour: PALETTE[2] ?? '#f59f00' }], [series]);
  return (
    <Panel
      id="funnel-report"
      title={text.funnelTitle}
      chart={<BarChart title={text.funnelTitle} categories={categories} series={chartSeries} horizontal />}
      table={
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{text.stage}</Table.Th>
              <Table.Th scope="col">{text.entered}</Table.Th>
              <Table.Th scope="col">{text.conversion}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.stages.map((stage) => (
              <Table.Tr key={stage.stage}>
                <Table.Th scope="row">{stageName(stage.stage)}</Table.Th>
                <Table.Td>{stage.entered}</Table.Td>
                <Table.Td>{formatPercent(stage.conversion_from_previous) || strings.common.none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

function ActivityPanel({ report }: { report: ActivityReport }) {
  const { nameOf } = useUsers();
  const shaped = useMemo(() => activityByWeek(report), [report]);
  const categories = useMemo(() => shaped.weeks.map((week) => formatDate(week)), [shaped]);
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
      title={text.activityTitle}
      chart={
        report.items.length === 0 ? (
          <Text c="dimmed">{text.noData}</Text>
        ) : (
          <BarChart title={text.activityTitle} categories={categories} series={chartSeries} />
        )
      }
      table={
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{text.manager}</Table.Th>
              <Table.Th scope="col">{text.week}</Table.Th>
              <Table.Th scope="col">{text.kind}</Table.Th>
              <Table.Th scope="col">{text.count}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.items.map((item) => (
              <Table.Tr key={`${item.owner_id}-${item.week}-${item.kind}`}>
                <Table.Th scope="row">{nameOf(item.owner_id)}</Table.Th>
                <Table.Td>{formatDate(item.week)}</Table.Td>
                <Table.Td>{strings.activity.kinds[item.kind] ?? item.kind}</Table.Td>
                <Table.Td>{item.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
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
        <Title order={1}>{me.role === 'manager' ? text.ownTitle : text.title}</Title>
        <Group gap="xs">
          <TextInput type="date" label={text.from} value={from} max={to} onChange={(event) => setFrom(event.currentTarget.value)} />
          <TextInput type="date" label={text.to} value={to} min={from} onChange={(event) => setTo(event.currentTarget.value)} />
        </Group>
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error)}
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
