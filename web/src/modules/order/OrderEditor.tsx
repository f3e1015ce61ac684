// A hand-made order (no offer) while a draft: the client, its deal, currency, payment terms, the requested
// day, the delivery address, notes and the lines — the same lines editor and live pricing as an offer.
// Saved with its lines in one request (a create, or a PATCH with If-Match).

import { Card, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FormShell } from '../../record/FormShell';
import { useFormSave } from '../../record/useFormSave';
import type { Order, OrderCreate } from '../offer/commerce';
import { CommercialTerms, orNull } from '../offer/CommercialTerms';
import { ClientFields } from '../offer/DocumentForm';
import { describeLineError } from '../offer/lineErrors';
import { emptyDocumentLine, lineCells, linesDraftOf, linesPayload, type DocumentLineDraft } from '../offer/linesDraft';
import { PricedLinesCard } from '../offer/PricedLinesCard';
import { useAccountRecords, usePaymentTerms } from '../offer/useAccountRecords';

interface OrderDraft {
  account_id: string;
  account_name?: string | undefined;
  deal_id: string;
  currency: string;
  payment_terms: string;
  requested_on: string;
  delivery_address: string;
  notes: string;
  lines: DocumentLineDraft[];
}

const HEAD_FIELDS = ['account_id', 'deal_id', 'currency', 'payment_terms', 'requested_on', 'delivery_address', 'notes'];

function draftOf(order: Order | undefined, prefill: Partial<OrderDraft>): OrderDraft {
  if (!order) {
    return { account_id: '', deal_id: '', currency: '', payment_terms: '', requested_on: '', delivery_address: '', notes: '', lines: [emptyDocumentLine()], ...prefill };
  }
  return {
    account_id: order.account_id,
    deal_id: order.deal_id ?? '',
    currency: order.currency,
    payment_terms: order.payment_terms ?? '',
    requested_on: order.requested_on ?? '',
    delivery_address: order.delivery_address ?? '',
    notes: order.notes ?? '',
    lines: linesDraftOf(order.lines),
  };
}

interface Props {
  order?: Order;
  prefill?: Partial<OrderDraft>;
  save(body: OrderCreate): Promise<Order>;
  onSaved(order: Order): void;
  onCancel?: () => void;
  onReload?: () => void;
}

export function OrderEditor({ order, prefill = {}, save, onSaved, onCancel, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<OrderDraft>(() => draftOf(order, prefill));
  const saving = useFormSave(describeLineError);
  const { deals } = useAccountRecords(draft.account_id, false);
  const terms = usePaymentTerms();
  const set = <K extends keyof OrderDraft>(key: K, value: OrderDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOn = saving.errorOn;

  const submit = () =>
    void saving.run([...HEAD_FIELDS, ...lineCells(draft.lines.length)], async () => {
      const body: OrderCreate = {
        account_id: draft.account_id,
        deal_id: orNull(draft.deal_id),
        payment_terms: orNull(draft.payment_terms),
        requested_on: orNull(draft.requested_on),
        delivery_address: orNull(draft.delivery_address),
        notes: orNull(draft.notes),
        lines: linesPayload(draft.lines, i18n),
        ...(draft.currency !== '' ? { currency: draft.currency } : {}),
      };
      // A saved order's client never changes (account_id is given on create only).
      if (order) delete (body as Partial<OrderCreate>).account_id;
      onSaved(await save(body));
    });

  return (
    <FormShell
      label={t('order.title')}
      saving={saving}
      submitLabel={order ? t('common.save') : t('common.create')}
      onSubmit={submit}
      onCancel={onCancel} onReload={onReload}>
      <Card withBorder component="section" aria-labelledby="order-fields">
        <Title order={2} size="h4" id="order-fields" mb="sm">
          {t('offer.details')}
        </Title>
        <div className="field-grid">
          <ClientFields isNew={!order} value={draft} deals={deals} errorOn={errorOn} onChange={(change) => setDraft((current) => ({ ...current, ...change }))} />
          <CommercialTerms draft={draft} terms={terms} errorOn={errorOn} onChange={(change) => setDraft((current) => ({ ...current, ...change }))} />
          <TextInput label={t('order.requestedOn')} type="date" name="requested_on" value={draft.requested_on} error={errorOn('requested_on')} onChange={(e) => set('requested_on', e.currentTarget.value)} />
        </div>
        <Textarea mt="sm" label={t('order.deliveryAddress')} name="delivery_address" autosize minRows={1} value={draft.delivery_address} error={errorOn('delivery_address')} onChange={(e) => set('delivery_address', e.currentTarget.value)} />
        <Textarea mt="sm" label={t('offer.notes')} name="notes" autosize minRows={1} value={draft.notes} error={errorOn('notes')} onChange={(e) => set('notes', e.currentTarget.value)} />
      </Card>
      <PricedLinesCard draft={draft} onChange={(lines) => set('lines', lines)} saveErrorOn={errorOn} saved={order} />
    </FormShell>
  );
}
