// A deal on the board: draggable with a pointer, movable from the keyboard through "Move to…".

import { Anchor, Button, Group, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { STAGES, type Deal, type Stage } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { CoveringBadge } from '../user/CoveringBadge';
import { useUsers } from '../user/users';

export const DRAG_TYPE = 'application/x-rapport-deal';

export function DealCard({ deal, onMove }: { deal: Deal; onMove(deal: Deal, stage: Stage): void }) {
  const { nameOf } = useUsers();
  const { t, format } = useI18n();
  const [dragging, setDragging] = useState(false);
  return (
    <article
      className="kanban-card"
      draggable
      data-dragging={dragging}
      data-testid={`deal-${deal.id}`}
      aria-label={deal.title}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, deal.id);
        event.dataTransfer.setData('text/plain', deal.id);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(true);
      }}
      onDragEnd={() => setDragging(false)}
    >
      <Anchor component={Link} href={`/accounts/${deal.account_id}`} fw={600} size="sm" draggable={false}>
        {deal.title}
      </Anchor>
      <Text size="sm">{format.money(deal.amount)}</Text>
      <Text size="xs" c="dimmed">
        {nameOf(deal.owner_id)}
        {deal.expected_close && ` · ${format.date(deal.expected_close)}`}
      </Text>
      {deal.lost_reason && (
        <Text size="xs" c="red.8">
          {deal.lost_reason}
        </Text>
      )}
      <Group justify="space-between" mt={4} gap={4}>
        <CoveringBadge ownerId={deal.owner_id} />
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="compact-xs" variant="subtle" aria-label={t('pipeline.moveMenuLabel', { title: deal.title })}>
              {t('pipeline.moveTo')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {STAGES.filter((stage) => stage !== deal.stage).map((stage) => (
              <Menu.Item key={stage} onClick={() => onMove(deal, stage)}>
                {t(`deal.stages.${stage}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </article>
  );
}
