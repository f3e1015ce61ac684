// The promotion form (admins): its fields, and the products it is limited to — chosen with the product
// typeahead, none meaning every product. An error the API names shows on that field or product.

import { CloseButton, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
// The app's stylesheet carries only the components every screen uses; this form's own come with it.
import '@mantine/core/styles/Fieldset.css';
import { useI18n } from '../../i18n/I18nProvider';
import type { FieldSpec, FormValues } from '../../record/fields';
import { FormShell } from '../../record/FormShell';
import { FieldInput } from '../../record/RecordForm';
import { useFormSave } from '../../record/useFormSave';
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
  const saving = useFormSave();
  const products = useProductsById(productIds);
  const fields: FieldSpec[] = [
    { name: 'name', label: t('promotion.name'), kind: 'text', required: true },
    { name: 'starts_on', label: t('promotion.startsOn'), kind: 'date', required: true },
    { name: 'ends_on', label: t('promotion.endsOn'), kind: 'date', required: true },
    { name: 'min_quantity', label: t('promotion.minQuantity'), kind: 'amount', hint: t('promotion.minQuantityHint') },
    { name: 'discount_percent', label: t('promotion.discountPercent'), kind: 'amount', required: true },
  ];
  const errorOn = saving.errorOn;
  const submit = () => void saving.run(promotionErrorFields(productIds), () => save(promotionPayload(values, productIds, i18n)));

  return (
    <FormShell label={t('promotion.details')} saving={saving} submitLabel={submitLabel} onSubmit={submit} onCancel={onCancel} onReload={onReload}>
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
    </FormShell>
  );
}
