// The price list editor (admins): its own fields, its lines and its order tiers edited in the page and
// saved together — a create, or one PATCH with If-Match, so that someone else's newer version is never
// overwritten. An error the API names shows on that field or cell; any other above the form.

import { Alert, Button, Card, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, formErrors } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { CURRENCIES, withoutFieldPath } from '../product/catalogue';
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

export function PriceListEditor({ list, save, onSaved, onCancel, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<PriceListDraft>(() => draftOf(list));
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const products = useProductsById(draft.lines.map((line) => line.product_id).filter((id) => id !== ''));

  const set = <K extends keyof PriceListDraft>(key: K, value: PriceListDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOn = (field: string) => (fieldError?.field === field ? fieldError.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFieldError(null);
    setFormError(null);
    setStale(false);
    try {
      onSaved(await save(draftPayload(draft, i18n)));
    } catch (failure) {
      const { field, fieldMessage, formMessage } = formErrors(withoutFieldPath(failure), editorFields(draft), i18n);
      if (field !== undefined && fieldMessage !== undefined) setFieldError({ field, message: fieldMessage });
      else setFormError(formMessage ?? null);
      setStale(failure instanceof ApiError && failure.status === 412);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('priceList.editorTitle')}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert" data-testid="form-error">
            {formError}
            {stale && onReload && (
              <Button size="xs" variant="white" color="red" ms="sm" onClick={onReload}>
                {t('common.reload')}
              </Button>
            )}
          </Alert>
        )}
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
        <Card withBorder component="section" aria-labelledby="price-list-lines">
          <Title order={2} size="h4" id="price-list-lines" mb="sm">
            {t('priceList.lines')}
          </Title>
          {errorOn('lines') && <Alert color="red" mb="sm">{errorOn('lines')}</Alert>}
          <LinesEditor lines={draft.lines} products={products} currency={draft.currency} errorOn={errorOn} onChange={(lines) => set('lines', lines)} />
        </Card>
        <Card withBorder component="section" aria-labelledby="price-list-tiers">
          <Title order={2} size="h4" id="price-list-tiers" mb="sm">
            {t('priceList.orderTiers')}
          </Title>
          {errorOn('order_tiers') && <Alert color="red" mb="sm">{errorOn('order_tiers')}</Alert>}
          <TiersEditor tiers={draft.order_tiers} currency={draft.currency} errorOn={errorOn} onChange={(tiers) => set('order_tiers', tiers)} />
        </Card>
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {list ? t('common.save') : t('common.create')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
