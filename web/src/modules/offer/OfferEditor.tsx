// The offer editor (a draft): the client, its deal and contact, currency, payment terms, validity, notes and
// the lines, priced live as they change. Saved with its lines in one request — a create, or one PATCH with
// If-Match so that a newer version is never overwritten. An error the API names shows on that field or
// line cell; a refusal of the live quote (a manual discount above the person's limit) on its cell at once.

import { Card, NativeSelect, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FormShell } from '../../record/FormShell';
import { useFormSave } from '../../record/useFormSave';
import type { Offer, OfferCreate } from './commerce';
import { CommercialTerms, contactName, orNull } from './CommercialTerms';
import { ClientFields } from './DocumentForm';
import { describeLineError } from './lineErrors';
import { emptyDocumentLine, lineCells, linesDraftOf, linesPayload, type DocumentLineDraft } from './linesDraft';
import { PricedLinesCard } from './PricedLinesCard';
import { useAccountRecords, usePaymentTerms } from './useAccountRecords';

export interface OfferDraft {
  account_id: string;
  account_name?: string;
  deal_id: string;
  contact_id: string;
  currency: string;
  payment_terms: string;
  valid_until: string;
  notes: string;
  lines: DocumentLineDraft[];
}

const HEAD_FIELDS = ['account_id', 'deal_id', 'contact_id', 'currency', 'payment_terms', 'valid_until', 'notes'];

export function offerDraftOf(offer?: Offer, prefill: Partial<OfferDraft> = {}): OfferDraft {
  if (!offer) {
    return { account_id: '', deal_id: '', contact_id: '', currency: '', payment_terms: '', valid_until: '', notes: '', lines: [emptyDocumentLine()], ...prefill };
  }
  return {
    account_id: offer.account_id,
    deal_id: offer.deal_id ?? '',
    contact_id: offer.contact_id ?? '',
    currency: offer.currency,
    payment_terms: offer.payment_terms ?? '',
    valid_until: offer.valid_until ?? '',
    notes: offer.notes ?? '',
    lines: linesDraftOf(offer.lines),
  };
}

interface Props {
  offer?: Offer;
  prefill?: Partial<OfferDraft>;
  /** POST for a new offer, PATCH with If-Match for one read; answers the saved offer. */
  save(body: OfferCreate): Promise<Offer>;
  onSaved(offer: Offer): void;
  onCancel?: () => void;
  onReload?: () => void;
}

export function OfferEditor({ offer, prefill, save, onSaved, onCancel, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<OfferDraft>(() => offerDraftOf(offer, prefill));
  const saving = useFormSave(describeLineError);
  const { deals, contacts } = useAccountRecords(draft.account_id);
  const terms = usePaymentTerms();
  const set = <K extends keyof OfferDraft>(key: K, value: OfferDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOn = saving.errorOn;

  const submit = () =>
    void saving.run([...HEAD_FIELDS, ...lineCells(draft.lines.length)], async () => {
      const body: OfferCreate = {
        account_id: draft.account_id,
        deal_id: orNull(draft.deal_id),
        contact_id: orNull(draft.contact_id),
        payment_terms: orNull(draft.payment_terms),
        valid_until: orNull(draft.valid_until),
        notes: orNull(draft.notes),
        lines: linesPayload(draft.lines, i18n),
        ...(draft.currency !== '' ? { currency: draft.currency } : {}),
      };
      onSaved(await save(body));
    });

  return (
    <FormShell
      label={t('offer.editorTitle')}
      saving={saving}
      submitLabel={offer ? t('common.save') : t('common.create')}
      onSubmit={submit}
      onCancel={onCancel} onReload={onReload}>
      <Card withBorder component="section" aria-labelledby="offer-fields">
        <Title order={2} size="h4" id="offer-fields" mb="sm">
          {t('offer.details')}
        </Title>
        <div className="field-grid">
          <ClientFields
            isNew={!offer}
            value={draft}
            deals={deals}
            errorOn={errorOn}
            onChange={(change, accountChanged) => setDraft((current) => ({ ...current, ...change, ...(accountChanged ? { contact_id: '' } : {}) }))}
          />
          <NativeSelect
            label={t('offer.contact')}
            name="contact_id"
            value={draft.contact_id}
            error={errorOn('contact_id')}
            data={[{ value: '', label: t('common.none') }, ...contacts.map((contact) => ({ value: contact.id, label: contactName(contact) }))]}
            onChange={(event) => set('contact_id', event.currentTarget.value)}
          />
          <CommercialTerms draft={draft} terms={terms} errorOn={errorOn} onChange={(change) => setDraft((current) => ({ ...current, ...change }))} />
          <TextInput label={t('offer.validUntil')} type="date" name="valid_until" value={draft.valid_until} error={errorOn('valid_until')} onChange={(e) => set('valid_until', e.currentTarget.value)} />
        </div>
        <Textarea mt="sm" label={t('offer.notes')} name="notes" autosize minRows={2} value={draft.notes} error={errorOn('notes')} onChange={(e) => set('notes', e.currentTarget.value)} />
      </Card>
      <PricedLinesCard draft={draft} onChange={(lines) => set('lines', lines)} saveErrorOn={errorOn} saved={offer} />
    </FormShell>
  );
}
