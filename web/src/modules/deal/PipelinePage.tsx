// The kanban board of deals by stage, with exact totals per column.

import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/errors';
import type { Deal, Stage } from '../../api/types';
import { useFlash } from '../../app/flash';
import { formatMoney } from '../../lib/money';
import { strings } from '../../strings';
import { userOptions, useUsers } from '../user/users';
import { DealCard, DRAG_TYPE } from './DealCard';
import { LostDialog } from './LostDialog';
import { columnsOf, loadBoard, moveDeal, type Column } from './pipeline';

const text = strings.pipeline;

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
          {strings.deal.stages[column.stage]}
        </Title>
        <Text size="xs" c="dimmed">
          {text.count(column.deals.length)}
        </Text>
        <Text size="sm" fw={600} data-testid={`total-${column.stage}`}>
          {column.totals.length === 0
            ? formatMoney({ amount: '0', currency: 'EUR' })
            : column.totals.map((total) => formatMoney(total)).join(' + ')}
        </Text>
      </div>
      {column.deals.length === 0 && (
        <Text size="xs" c="dimmed">
          {text.emptyColumn}
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
        flash.show(text.moved(deal.title, strings.deal.stages[stage] ?? stage));
      } catch (failure) {
        flash.show(describeError(failure), 'error');
        reload();
      }
    },
    [flash, reload],
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
          <Title order={1}>{text.title}</Title>
          <Text size="sm" c="dimmed">
            {text.dropHint} {text.closedRecently}
          </Text>
        </div>
        <NativeSelect
          label={text.owner}
          value={ownerId}
          onChange={(event) => setOwnerId(event.currentTarget.value)}
          data={[{ value: '', label: text.allOwners }, ...userOptions(users)]}
        />
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      <div className="kanban" aria-label={text.board} role="group">
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
