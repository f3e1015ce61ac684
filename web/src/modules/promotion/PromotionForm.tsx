// The promotion form (admins): its fields, and the products it is limited to — chosen with the product
// typeahead, none meaning every product. An error the API names shows on that field or product.

import { Alert, Button, CloseButton, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, formErrors } from '../../api/errors';
// The app's stylesheet carries only the components every screen uses; this form's own come with it.
import '@mantine/core/styles/Fieldset.css';
import { useI18n } from '../../i18n/I18nProvider';
import type { FieldSpec, FormValues } from '../../record/fields';
import { FieldInput } from '../../record/RecordForm';
import { withoutFieldPath } from '../product/catalogue';
import { ProductPicker } from '../product/ProductPicker';
import { productLabel, useProductsById } from '../product/useProducts';
import { promotionErrorFields, promotionPayload, promotionValues, type Promotion, type PromotionBody } from './promotionDraft';

interface Props {
  promotion?: Promotion;
  submitLabel: string;
  save(body: PromotionBody): Promise<void>;
  onCancel(): void;
  onReload?: () => void;
}

export function PromotionForm({ promotion, submitLabel, save, onCancel, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<FormValues>(() => promotionValues(promotion));
  const [productIds, setProductIds] = useState<string[]>(() => promotion?.product_ids ?? []);
  const [error, setError] = useState<{ field?: string; message: string; stale: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const products = useProductsById(productIds);
  const fields: FieldSpec[] = [
    { name: 'name', label: t('promotion.name'), kind: 'text', required: true },
    { name: 'starts_on', label: t('promotion.startsOn'), kind: 'date', required: true },
    { name: 'ends_on', label: t('promotion.endsOn'), kind: 'date', required: true },
    { name: 'min_quantity', label: t('promotion.minQuantity'), kind: 'amount', hint: t('promotion.minQuantityHint') },
    { name: 'discount_percent', label: t('promotion.discountPercent'), kind: 'amount', required: true },
  ];
  const errorOn = (field: string) => (error?.field === field ? error.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save(promotionPayload(values, productIds, i18n));
    } catch (failure) {
      const { field, fieldMessage, formMessage } = formErrors(withoutFieldPath(failure), promotionErrorFields(productIds), i18n);
      const stale = failure instanceof ApiError && failure.status === 412;
      setError(field !== undefined && fieldMessage !== undefined ? { field, message: fieldMessage, stale } : { message: formMessage ?? '', stale });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('promotion.details')}>
      <Stack>
        {error && error.field === undefined && (
          <Alert color="red" role="alert" data-testid="form-error">
            {error.message}
            {error.stale && onReload && (
              <Button size="xs" variant="white" color="red" ms="sm" onClick={onReload}>
                {t('common.reload')}
              </Button>
            )}
          </Alert>
        )}
        <div className="field-grid">
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              error={errorOn(field.name)}
              onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            />
          ))}
        </div>
        <Fieldset legend={t('promotion.products')}>
          {productIds.length === 0 && <Text size="sm">{t('promotion.allProducts')}</Text>}
          <Stack gap={4} mb="xs">
            {productIds.map((id, index) => {
              const product = products.get(id);
              const message = errorOn(`product_ids[${index}]`);
              return (
                <div key={id}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{product ? productLabel(product) : t('common.pending')}</Text>
                    <CloseButton
                      size="sm"
                      aria-label={t('promotion.removeProduct', { product: product ? productLabel(product) : id })}
                      onClick={() => setProductIds((current) => current.filter((other) => other !== id))}
                    />
                  </Group>
                  {message && (
                    <Text size="xs" c="red.8" role="alert">
                      {message}
                    </Text>
                  )}
                </div>
              );
            })}
          </Stack>
          <ProductPicker
            label={t('promotion.addProduct')}
            value=""
            chosen={undefined}
            error={errorOn('product_ids')}
            onChange={(product) => {
              if (product && !productIds.includes(product.id)) setProductIds((current) => [...current, product.id]);
            }}
          />
        </Fieldset>
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
