// A deal on the board: draggable with a pointer, movable from the keyboard through "Move to…".

import { Menu } from '@mantine/core';
import { memo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { STAGES, type Deal, type Stage } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { CoveringBadge } from '../user/CoveringBadge';
import { useUsers } from '../user/users';

export const DRAG_TYPE = 'application/x-rapport-deal';

// The "Move to…" menu is mounted on first use: a Mantine menu per card (its popover and positioning)
// costs more to render than the rest of the card, on a board of a hundred cards. Its button is a plain one
// for the same reason.
function MoveMenu({ deal, onMove, focused }: { deal: Deal; onMove(deal: Deal, stage: Stage): void; focused: boolean }) {
  const { t } = useI18n();
  const [mounted, setMounted] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  // The name begins with what the button shows (WCAG 2.5.3, label in name), and the deal's title, hidden
  // from sight, tells the card's buttons apart for a screen reader: "Move to… Fleet renewal".
  const button = (
    <button
      type="button"
      ref={target}
      className="kanban-card-move"
      aria-haspopup="menu"
      // A moved card is a new element in its new column: the focus follows it there rather than falling
      // back to the page's start.
      autoFocus={focused}
      onClick={() => setMounted(true)}
    >
      {t('pipeline.moveTo')}
      <span className="visually-hidden"> {deal.title}</span>
    </button>
  );
  if (!mounted) return button;
  return (
    <Menu position="bottom-end" withinPortal defaultOpened onClose={() => target.current?.focus()}>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        {STAGES.filter((stage) => stage !== deal.stage).map((stage) => (
          <Menu.Item key={stage} onClick={() => onMove(deal, stage)}>
            {t(`deal.stages.${stage}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

// Memoised: a column re-renders when a card arrives or leaves, its other cards need not. Plain elements
// styled in app.css rather than Mantine's Text and Group: a board renders a hundred cards or more at once.
export const DealCard = memo(function DealCard({
  deal,
  onMove,
  focused = false,
}: {
  deal: Deal;
  onMove(deal: Deal, stage: Stage): void;
  /** The card was just moved here: its "Move to…" button takes the focus. */
  focused?: boolean;
}) {
  const { nameOf } = useUsers();
  const { format } = useI18n();
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
      <Link href={`/accounts/${deal.account_id}`} className="kanban-card-title" draggable={false}>
        {deal.title}
      </Link>
      <div className="kanban-card-amount">{format.money(deal.amount)}</div>
      <div className="kanban-card-meta">
        {nameOf(deal.owner_id)}
        {deal.expected_close && ` · ${format.date(deal.expected_close)}`}
      </div>
      {deal.lost_reason && <div className="kanban-card-lost">{deal.lost_reason}</div>}
      <div className="kanban-card-footer">
        <CoveringBadge ownerId={deal.owner_id} />
        <MoveMenu deal={deal} onMove={onMove} focused={focused} />
      </div>
    </article>
  );
});
