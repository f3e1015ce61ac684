// The price list editor (admins): its own fields, its lines and its order tiers edited in the page and
// saved together — a create, or one PATCH with If-Match, so that someone else's newer version is never
// overwritten. An error the API names shows on that field or cell; any other above the form.

import { Alert, Card, NativeSelect, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FormShell } from '../../record/FormShell';
import { useFormSave } from '../../record/useFormSave';
import { CURRENCIES } from '../product/catalogue';
import { useProductsById } from '../product/useProducts';
import { LinesEditor } from './LinesEditor';
import { draftOf, draftPayload, editorFields, type PriceList, type PriceListCreate, type PriceListDraft } from './priceListDraft';
import { TiersEditor } from './TiersEditor';

interface Props {
  list?: PriceList;
  /** Sends the body (POST for a new list, PATCH with If-Match for one read) and answers the saved list. */
  save(body: PriceListCreate): Promise<PriceList>;
  onSaved(list: PriceList): void;
  onCancel?: () => void;
  /** Offered with the conflict message when the list changed since it was read (412). */
  onReload?: () => void;
}

/** One of the list's two tables in its card, with a refusal of the table as a whole above it. */
function TableCard({ id, title, error, children }: { id: string; title: string; error: string | undefined; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {error && (
        <Alert color="red" mb="sm">
          {error}
        </Alert>
      )}
      {children}
    </Card>
  );
}

export function PriceListEditor({ list, save, onSaved, onCancel, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<PriceListDraft>(() => draftOf(list));
  const saving = useFormSave();
  const products = useProductsById(draft.lines.map((line) => line.product_id).filter((id) => id !== ''));

  const set = <K extends keyof PriceListDraft>(key: K, value: PriceListDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOn = saving.errorOn;
  const submit = () => void saving.run(editorFields(draft), async () => onSaved(await save(draftPayload(draft, i18n))));

  return (
    <FormShell
      label={t('priceList.editorTitle')}
      saving={saving}
      submitLabel={list ? t('common.save') : t('common.create')}
      onSubmit={submit}
      onCancel={onCancel}
      onReload={onReload}
    >
      <Card withBorder component="section" aria-labelledby="price-list-fields">
        <Title order={2} size="h4" id="price-list-fields" mb="sm">
          {t('priceList.details')}
        </Title>
        <div className="field-grid">
          <TextInput label={t('priceList.name')} required name="name" value={draft.name} error={errorOn('name')} onChange={(e) => set('name', e.currentTarget.value)} />
          <NativeSelect
            label={t('priceList.currency')}
            required
            name="currency"
            value={draft.currency}
            error={errorOn('currency')}
            data={CURRENCIES}
            onChange={(e) => set('currency', e.currentTarget.value)}
          />
          <TextInput label={t('priceList.validFrom')} type="date" name="valid_from" value={draft.valid_from} error={errorOn('valid_from')} onChange={(e) => set('valid_from', e.currentTarget.value)} />
          <TextInput label={t('priceList.validTo')} type="date" name="valid_to" value={draft.valid_to} error={errorOn('valid_to')} onChange={(e) => set('valid_to', e.currentTarget.value)} />
          <TextInput
            label={t('priceList.priority')}
            description={t('priceList.priorityHint')}
            inputMode="numeric"
            dir="ltr"
            name="priority"
            value={draft.priority}
            error={errorOn('priority')}
            onChange={(e) => set('priority', e.currentTarget.value)}
          />
        </div>
      </Card>
      <TableCard id="price-list-lines" title={t('priceList.lines')} error={errorOn('lines')}>
        <LinesEditor lines={draft.lines} products={products} currency={draft.currency} errorOn={errorOn} onChange={(lines) => set('lines', lines)} />
      </TableCard>
      <TableCard id="price-list-tiers" title={t('priceList.orderTiers')} error={errorOn('order_tiers')}>
        <TiersEditor tiers={draft.order_tiers} currency={draft.currency} errorOn={errorOn} onChange={(tiers) => set('order_tiers', tiers)} />
      </TableCard>
    </FormShell>
  );
}
