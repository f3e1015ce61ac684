// An order's status, and how far its reservation or shipment has come (none, in part, in full).

import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { statusColour, type OrderStatus, type Progress } from '../offer/commerce';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={statusColour(status)} data-status={status}>
      {t(`order.statuses.${status}`)}
    </Badge>
  );
}

const PROGRESS_COLOUR: Record<Progress, string> = { none: 'gray', partial: 'orange', full: 'teal' };

export function ProgressBadge({ progress, label }: { progress: Progress; label?: string }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={PROGRESS_COLOUR[progress]} data-progress={progress}>
      {label ? `${label}: ` : ''}
      {t(`order.progress.${progress}`)}
    </Badge>
  );
}
