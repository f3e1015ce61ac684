// Posting a hand-off event on an order: its kind, the department, for reserved/shipped/delivered the
// quantity each line moves (pre-filled with what is left to move), and a note. The API refuses a quantity
// beyond what was ordered (or reserved, or shipped) naming the event's line; that refusal shows on the
// order line's own input. Sent with If-Match at the order's version, so two desks never double-count.

import { Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError, LocalError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { FormError, FormShell } from '../../record/FormShell';
import { useFormSave } from '../../record/useFormSave';
import { DEPARTMENTS, EVENT_KINDS, MOVING_KINDS, movesQuantities, type Department, type Order, type OrderEventKind, type PricedOrderLine } from '../offer/commerce';
import { describeLineError } from '../offer/lineErrors';
import { readQuantity, trimZeros } from '../product/catalogue';
import { formatScaled, parseAmount } from '../../lib/money';
import { useProductsById } from '../product/useProducts';
import { lineName } from './OrderLines';

/** What is left for `kind` to move on a line: ordered − reserved, reserved − shipped, shipped − delivered. */
export function leftToMove(line: PricedOrderLine, kind: keyof typeof MOVING_KINDS): string {
  const ceiling = kind === 'reserved' ? line.quantity : kind === 'shipped' ? line.reserved_quantity : line.shipped_quantity;
  const a = parseAmount(ceiling ?? '0');
  const b = parseAmount(line[MOVING_KINDS[kind]] ?? '0');
  if (!a || !b) return '';
  const scale = Math.max(a.scale, b.scale);
  const left = a.units * 10n ** BigInt(scale - a.scale) - b.units * 10n ** BigInt(scale - b.scale);
  if (left <= 0n) return '';
  return trimZeros(formatScaled(left, scale));
}

const moveField = (lineNo: number) => `move.${lineNo}`;

/** The API names the event's own line ("lines[0].quantity"); the form shows it on that order line's input. */
function onOrderLine(field: string | undefined, sent: readonly { line_no: number }[]): string | undefined {
  const match = field === undefined ? null : /^lines\[(\d+)\]\./.exec(field);
  const line = match ? sent[Number(match[1])] : undefined;
  return line ? moveField(line.line_no) : field;
}

interface Props {
  order: Order;
  onPosted(order: Order): void;
  /** The kind to start with (the Operations screen opens the form for the next step). */
  initialKind?: OrderEventKind;
}

export function PostEventForm({ order, onPosted, initialKind = 'reserved' }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [kind, setKind] = useState<OrderEventKind>(initialKind);
  const [department, setDepartment] = useState<Department | ''>(initialKind === 'reserved' ? 'warehouse' : initialKind === 'shipped' ? 'shipping' : '');
  const [note, setNote] = useState('');
  const prefill = (chosen: OrderEventKind) =>
    Object.fromEntries(order.lines.map((line, index) => [line.line_no ?? index + 1, movesQuantities(chosen) ? leftToMove(line, chosen) : '']));
  const [moves, setMoves] = useState<Record<number, string>>(() => prefill(initialKind));
  const saving = useFormSave(describeLineError);
  const products = useProductsById(order.lines.flatMap((line) => (line.product_id ? [line.product_id] : [])));
  const moving = movesQuantities(kind);

  function submit() {
    const fields = ['kind', 'department', 'note', 'lines', ...order.lines.map((line, index) => moveField(line.line_no ?? index + 1))];
    void saving.run(fields, async () => {
      const lines = moving
        ? Object.entries(moves)
            .filter(([, quantity]) => quantity.trim() !== '')
            .map(([lineNo, quantity]) => ({ line_no: Number(lineNo), quantity: readQuantity(quantity, moveField(Number(lineNo)), i18n) }))
        : [];
      try {
        const body = { kind, department: department === '' ? null : department, lines, note: note.trim() === '' ? null : note.trim() };
        onPosted(await api.post<Order>(`/orders/${encodeURIComponent(order.id)}/events`, body, `"${order.version}"`));
      } catch (failure) {
        if (!(failure instanceof ApiError) || failure instanceof LocalError) throw failure;
        throw new ApiError(failure.status, failure.code, failure.message, onOrderLine(failure.field, lines));
      }
    });
  }

  return (
    <FormShell label={t('order.postEvent')} saving={saving} submitLabel={t('order.post')} onSubmit={submit} gap="sm" testId="post-event">
      <Group grow align="flex-start">
        <NativeSelect
          label={t('order.eventKind')}
          name="kind"
          value={kind}
          error={saving.errorOn('kind')}
          data={EVENT_KINDS.map((value) => ({ value, label: t(`order.kinds.${value}`) }))}
          onChange={(event) => {
            const chosen = event.currentTarget.value as OrderEventKind;
            setKind(chosen);
            setMoves(prefill(chosen));
          }}
        />
        <NativeSelect
          label={t('order.department')}
          name="department"
          value={department}
          error={saving.errorOn('department')}
          data={[{ value: '', label: t('common.none') }, ...DEPARTMENTS.map((value) => ({ value, label: t(`order.departments.${value}`) }))]}
          onChange={(event) => setDepartment(event.currentTarget.value as Department | '')}
        />
      </Group>
      {moving &&
        order.lines.map((line, index) => {
          const lineNo = line.line_no ?? index + 1;
          return (
            <TextInput
              key={lineNo}
              label={t('order.moveOfLine', { line: lineNo, product: lineName(line, products) })}
              inputMode="decimal"
              dir="ltr"
              name={moveField(lineNo)}
              data-line={lineNo}
              rightSection={<bdi>{line.unit}</bdi>}
              value={moves[lineNo] ?? ''}
              error={saving.errorOn(moveField(lineNo))}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setMoves((current) => ({ ...current, [lineNo]: value }));
              }}
            />
          );
        })}
      {saving.errorOn('lines') && <FormError error={{ message: saving.errorOn('lines') ?? '', stale: false }} />}
      <Textarea label={t('order.note')} name="note" autosize minRows={1} value={note} error={saving.errorOn('note')} onChange={(event) => setNote(event.currentTarget.value)} />
    </FormShell>
  );
}
