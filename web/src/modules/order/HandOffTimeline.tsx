// An order's hand-off log: who posted what, for which department, which lines moved and by how much, and
// the note. Newest first, as the account's activity timeline reads; the API answers oldest first. An
// order has a bounded log (a few events per line), so it is read whole and shown a step at a time.

import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { ShowMoreButton, useShownItems } from '../../record/ShowMore';
import { TimelineEntry, TimelineList, TimelineText } from '../../record/Timeline';
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
      <TimelineList label={t('order.handOff')} testId="hand-off" error={error} empty={events.length === 0 ? t('order.noEvents') : null}>
        {visible.map((event) => (
          <TimelineEntry
            key={event.id}
            data={{ 'data-kind': event.kind }}
            badge={t(`order.kinds.${event.kind}`)}
            colour={KIND_COLOUR[event.kind] ?? 'gray'}
            heading={
              event.department && (
                <Text size="sm" fw={600}>
                  {t(`order.departments.${event.department}`)}
                </Text>
              )
            }
            meta={`${format.dateTime(event.at)} ${t('activity.by', { name: nameOf(event.user_id) })}`}
          >
            {event.lines.length > 0 && (
              <Text size="sm">
                {event.lines.map((line) => t('order.eventLine', { line: line.line_no, quantity: showQuantity(line.quantity, i18n) })).join(' · ')}
              </Text>
            )}
            {event.note && <TimelineText>{event.note}</TimelineText>}
          </TimelineEntry>
        ))}
      </TimelineList>
      <ShowMoreButton hidden={hidden} onClick={more} />
    </div>
  );
}
