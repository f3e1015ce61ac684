// The kanban board of deals by stage. Each column shows its count and exact totals for every deal in the
// stage, and its cards a page at a time ("Show more"), so that the board stays quick at any number of deals.

import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { memo, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/errors';
import { STAGES, type Deal, type Stage } from '../../api/types';
import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';
import { userOptions, useUsers } from '../user/users';
import { DealCard, DRAG_TYPE } from './DealCard';
import { LostDialog } from './LostDialog';
import {
  appendPage,
  loadColumnPage,
  loadSummary,
  moveDeal,
  moveInColumns,
  moveInSummary,
  type ColumnCards,
  type StageSummary,
  type Summary,
} from './pipeline';

type Columns = Record<Stage, ColumnCards>;

const noCards = (): Columns =>
  Object.fromEntries(STAGES.map((stage) => [stage, { deals: [], cursor: null, loading: true }])) as unknown as Columns;

function Totals({ stage, summary }: { stage: Stage; summary: StageSummary | undefined }) {
  const { t, format } = useI18n();
  const lines = summary?.lines ?? [];
  return (
    <Text size="sm" fw={600} data-testid={`total-${stage}`}>
      {lines.length === 0
        ? format.money({ amount: '0', currency: 'EUR' })
        : lines.map((line) => (line.total === null ? t('common.none') : format.money(line.total))).join(' + ')}
    </Text>
  );
}

const KanbanColumn = memo(function KanbanColumn({
  stage,
  summary,
  cards,
  movedId,
  onMove,
  onDropDeal,
  onMore,
}: {
  stage: Stage;
  summary: StageSummary | undefined;
  cards: ColumnCards;
  movedId: string | null;
  onMove(deal: Deal, stage: Stage): void;
  onDropDeal(dealId: string, stage: Stage): void;
  onMore(stage: Stage): void;
}) {
  const [over, setOver] = useState(false);
  const { t } = useI18n();
  const headingId = `stage-${stage}`;
  const count = summary?.count;
  return (
    <section
      className="kanban-column"
      aria-labelledby={headingId}
      data-stage={stage}
      data-testid={`column-${stage}`}
      data-over={over}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData(DRAG_TYPE);
        if (id) onDropDeal(id, stage);
      }}
    >
      <div>
        <Title order={2} size="h5" id={headingId}>
          {t(`deal.stages.${stage}`)}
        </Title>
        <Text size="xs" c="dimmed" data-testid={`count-${stage}`}>
          {count === undefined ? t('common.pending') : t('pipeline.count', { count })}
        </Text>
        <Totals stage={stage} summary={summary} />
      </div>
      {!cards.loading && cards.deals.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('pipeline.emptyColumn')}
        </Text>
      )}
      {cards.deals.map((deal) => (
        <DealCard key={deal.id} deal={deal} onMove={onMove} focused={deal.id === movedId} />
      ))}
      {cards.cursor !== null && (
        <Button
          variant="subtle"
          size="compact-sm"
          fullWidth
          // The label wraps in a narrow column rather than being cut off.
          h="auto"
          py={4}
          styles={{ label: { whiteSpace: 'normal' } }}
          loading={cards.loading}
          onClick={() => onMore(stage)}
          data-testid={`more-${stage}`}
        >
          {count === undefined ? t('pipeline.showMore') : t('pipeline.showMoreOf', { shown: cards.deals.length, count })}
        </Button>
      )}
    </section>
  );
});

export function PipelinePage() {
  const { users } = useUsers();
  const flash = useFlash();
  const i18n = useI18n();
  const { t } = i18n;
  const [ownerId, setOwnerId] = useState('');
  const [summary, setSummary] = useState<Summary | null>(null);
  const [columns, setColumns] = useState<Columns>(noCards);
  const [error, setError] = useState<unknown>(null);
  const [losing, setLosing] = useState<Deal | null>(null);
  const [movedId, setMovedId] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // The latest columns, for the callbacks that find a dropped deal or the next cursor without re-creating
  // themselves (and so re-rendering every column) whenever a card moves.
  const columnsRef = useRef(columns);
  columnsRef.current = columns;

  useEffect(() => {
    const controller = new AbortController();
    const fail = (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    };
    setColumns(noCards());
    setSummary(null);
    // The cards render as transitions: React renders them in slices between which the browser stays
    // responsive, rather than in one long task when several columns' pages arrive together.
    loadSummary(ownerId, controller.signal).then((loaded) => startTransition(() => setSummary(loaded)), fail);
    for (const stage of STAGES) {
      loadColumnPage(stage, ownerId, undefined, controller.signal).then(
        (page) =>
          startTransition(() =>
            setColumns((current) => ({ ...current, [stage]: appendPage({ deals: [], cursor: null, loading: false }, page) })),
          ),
        fail,
      );
    }
    setError(null);
    return () => controller.abort();
  }, [ownerId, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const showMore = useCallback(
    (stage: Stage) => {
      const cards = columnsRef.current[stage];
      if (cards.loading || cards.cursor === null) return;
      setColumns((current) => ({ ...current, [stage]: { ...current[stage], loading: true } }));
      loadColumnPage(stage, ownerId, cards.cursor).then(
        (page) => startTransition(() => setColumns((current) => ({ ...current, [stage]: appendPage(current[stage], page) }))),
        (failure: unknown) => {
          setColumns((current) => ({ ...current, [stage]: { ...current[stage], loading: false } }));
          flash.show(describeError(failure, i18n), 'error');
        },
      );
    },
    [ownerId, flash, i18n],
  );

  const apply = useCallback(
    async (deal: Deal, stage: Stage, lostReason?: string) => {
      try {
        const moved = await moveDeal(deal, stage, lostReason);
        setColumns((current) => moveInColumns(current, moved, deal.stage));
        setMovedId(moved.id);
        setSummary((current) => (current === null ? current : moveInSummary(current, deal, deal.stage, moved.stage)));
        flash.show(t('pipeline.moved', { title: deal.title, stage: t(`deal.stages.${stage}`) }));
      } catch (failure) {
        flash.show(describeError(failure, i18n), 'error');
        reload();
      }
    },
    [flash, reload, t, i18n],
  );

  const requestMove = useCallback(
    (deal: Deal, stage: Stage) => {
      if (deal.stage === stage) return;
      if (stage === 'lost') setLosing(deal);
      else void apply(deal, stage);
    },
    [apply],
  );

  const dropDeal = useCallback(
    (dealId: string, stage: Stage) => {
      for (const cards of Object.values(columnsRef.current)) {
        const deal = cards.deals.find((item) => item.id === dealId);
        if (deal) {
          requestMove(deal, stage);
          return;
        }
      }
    },
    [requestMove],
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('pipeline.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('pipeline.dropHint')} {t('pipeline.closedLatestFirst')}
          </Text>
        </div>
        <NativeSelect
          label={t('pipeline.owner')}
          w={200}
          value={ownerId}
          onChange={(event) => setOwnerId(event.currentTarget.value)}
          data={[{ value: '', label: t('pipeline.allOwners') }, ...userOptions(users)]}
        />
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      <div className="kanban" aria-label={t('pipeline.board')} role="group">
        {STAGES.map((stage) => (
          <KanbanColumn
            key={stage}
            stage={stage}
            summary={summary?.[stage]}
            cards={columns[stage]}
            movedId={movedId}
            onMove={requestMove}
            onDropDeal={dropDeal}
            onMore={showMore}
          />
        ))}
      </div>
      <LostDialog
        deal={losing}
        onCancel={() => setLosing(null)}
        onConfirm={(reason) => {
          const deal = losing;
          setLosing(null);
          if (deal) void apply(deal, 'lost', reason);
        }}
      />
    </Stack>
  );
}
