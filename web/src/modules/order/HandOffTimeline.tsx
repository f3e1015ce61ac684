// An order's hand-off log: who posted what, for which department, which lines moved and by how much, and
// the note. Newest first, as the account's activity timeline reads; the API answers oldest first. An
// order has a bounded log (a few events per line), so it is read whole and shown a step at a time.

import { Alert, Badge, Group, Text } from '@mantine/core';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { ShowMoreButton, useShownItems } from '../../record/ShowMore';
import type { OrderEvent } from '../offer/commerce';
import { showQuantity } from '../product/catalogue';
import { useUsers } from '../user/users';

const KIND_COLOUR: Partial<Record<OrderEvent['kind'], string>> = { problem: 'red', reserved: 'blue', shipped: 'blue', delivered: 'teal' };

export function HandOffTimeline({ events, error }: { events: readonly OrderEvent[]; error: unknown }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { nameOf } = useUsers();
  const newestFirst = [...events].reverse();
  const { visible, hidden, more } = useShownItems(newestFirst);
  return (
    <div>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      {events.length === 0 && error === null && <Text c="dimmed">{t('order.noEvents')}</Text>}
      <ol className="timeline" aria-label={t('order.handOff')} data-testid="hand-off">
        {visible.map((event) => (
          <li key={event.id} data-kind={event.kind}>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color={KIND_COLOUR[event.kind] ?? 'gray'}>
                {t(`order.kinds.${event.kind}`)}
              </Badge>
              {event.department && (
                <Text size="sm" fw={600}>
                  {t(`order.departments.${event.department}`)}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {format.dateTime(event.at)} {t('activity.by', { name: nameOf(event.user_id) })}
            </Text>
            {event.lines.length > 0 && (
              <Text size="sm">
                {event.lines.map((line) => t('order.eventLine', { line: line.line_no, quantity: showQuantity(line.quantity, i18n) })).join(' · ')}
              </Text>
            )}
            {event.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {event.note}
              </Text>
            )}
          </li>
        ))}
      </ol>
      <ShowMoreButton hidden={hidden} onClick={more} />
    </div>
  );
}
