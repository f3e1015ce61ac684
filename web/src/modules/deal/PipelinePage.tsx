// The kanban board of deals by stage, with exact totals per column.

import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/errors';
import type { Deal, Stage } from '../../api/types';
import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';
import { userOptions, useUsers } from '../user/users';
import { DealCard, DRAG_TYPE } from './DealCard';
import { LostDialog } from './LostDialog';
import { columnsOf, loadBoard, moveDeal, type Column } from './pipeline';

function KanbanColumn({
  column,
  onMove,
  onDropDeal,
}: {
  column: Column;
  onMove(deal: Deal, stage: Stage): void;
  onDropDeal(dealId: string, stage: Stage): void;
}) {
  const [over, setOver] = useState(false);
  const { t, format } = useI18n();
  const headingId = `stage-${column.stage}`;
  return (
    <section
      className="kanban-column"
      aria-labelledby={headingId}
      data-stage={column.stage}
      data-testid={`column-${column.stage}`}
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
        if (id) onDropDeal(id, column.stage);
      }}
    >
      <div>
        <Title order={2} size="h5" id={headingId}>
          {t(`deal.stages.${column.stage}`)}
        </Title>
        <Text size="xs" c="dimmed">
          {t('pipeline.count', { count: column.deals.length })}
        </Text>
        <Text size="sm" fw={600} data-testid={`total-${column.stage}`}>
          {column.totals.length === 0
            ? format.money({ amount: '0', currency: 'EUR' })
            : column.totals.map((total) => format.money(total)).join(' + ')}
        </Text>
      </div>
      {column.deals.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('pipeline.emptyColumn')}
        </Text>
      )}
      {column.deals.map((deal) => (
        <DealCard key={deal.id} deal={deal} onMove={onMove} />
      ))}
    </section>
  );
}

export function PipelinePage() {
  const { users } = useUsers();
  const flash = useFlash();
  const i18n = useI18n();
  const { t } = i18n;
  const [ownerId, setOwnerId] = useState('');
  const [deals, setDeals] = useState<Deal[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [losing, setLosing] = useState<Deal | null>(null);

  const reload = useCallback(() => {
    loadBoard(ownerId).then(
      (loaded) => {
        setDeals(loaded);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [ownerId]);
  useEffect(reload, [reload]);

  const columns = useMemo(() => columnsOf(deals), [deals]);

  const apply = useCallback(
    async (deal: Deal, stage: Stage, lostReason?: string) => {
      try {
        const moved = await moveDeal(deal, stage, lostReason);
        setDeals((current) => current.map((item) => (item.id === moved.id ? moved : item)));
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
      const deal = deals.find((item) => item.id === dealId);
      if (deal) requestMove(deal, stage);
    },
    [deals, requestMove],
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('pipeline.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('pipeline.dropHint')} {t('pipeline.closedRecently')}
          </Text>
        </div>
        <NativeSelect
          label={t('pipeline.owner')}
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
        {columns.map((column) => (
          <KanbanColumn key={column.stage} column={column} onMove={requestMove} onDropDeal={dropDeal} />
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
