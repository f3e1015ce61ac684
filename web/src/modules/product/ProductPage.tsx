// One product: its fields for everyone, and for admins the form that edits them (saved with If-Match)
// and the archive, which keeps the product for old documents and takes it out of lists.

import { Alert, Anchor, Badge, Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translation } from '../../i18n/translation';
import { RecordForm } from '../../record/RecordForm';
import { useRecord } from '../../record/useRecord';
import { showPercent, type Product } from './catalogue';
import { productFields, productPayload, productValues } from './productFields';
import { forgetProduct } from './useProducts';

function details(product: Product, i18n: Translation): { name: string; label: string; value: string; ltr?: boolean }[] {
  const { t, format } = i18n;
  return [
    { name: 'sku', label: t('product.sku'), value: product.sku, ltr: true },
    { name: 'kind', label: t('product.kind'), value: t(`product.kinds.${product.kind}`) },
    { name: 'unit', label: t('product.unit'), value: product.unit },
    { name: 'price', label: t('product.price'), value: format.money(product.price) },
    { name: 'cost', label: t('product.cost'), value: product.cost ? format.money(product.cost) : t('common.none') },
    { name: 'tax_rate', label: t('product.taxRate'), value: showPercent(product.tax_rate, i18n) },
    { name: 'active', label: t('product.active'), value: product.active ? t('product.activeYes') : t('product.activeNo') },
    { name: 'description', label: t('product.description'), value: product.description ?? t('common.none') },
  ];
}

function ArchiveProduct({ product }: { product: Product }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function archive() {
    try {
      await api.remove(`/products/${encodeURIComponent(product.id)}`);
      forgetProduct(product.id);
      flash.show(t('product.archived'));
      navigate('/products');
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <>
      <Button size="xs" variant="outline" color="red" onClick={() => setAsking(true)}>
        {t('product.archive')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('product.archiveTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text mb="md">{t('product.archiveExplained', { name: product.name })}</Text>
        {error !== null && (
          <Alert color="red" role="alert" mb="sm">
            {describeError(error, i18n)}
          </Alert>
        )}
        <Group gap="xs">
          <Button color="red" onClick={() => void archive()}>
            {t('product.archive')}
          </Button>
          <Button variant="default" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

export function ProductPage({ id }: { id: string }) {
  const me = useMe();
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const state = useRecord<Product>('products', id);
  const [editing, setEditing] = useState(false);
  const product = state.record;
  const back = (
    <Anchor component={Link} href="/products" size="sm">
      <span className="back-arrow" aria-hidden="true">←</span> {t('product.listTitle')}
    </Anchor>
  );

  if (state.loading && !product) return <Loader aria-label={t('app.loading')} />;
  if (!product) {
    return (
      <Stack>
        {back}
        <Alert color="red" role="alert">
          {describeError(state.error, i18n)}
        </Alert>
      </Stack>
    );
  }
  const admin = me.role === 'admin';

  return (
    <Stack>
      {back}
      <Group gap="sm">
        <Title order={1}>{product.name}</Title>
        {!product.active && (
          <Badge variant="outline" color="gray.8">
            {t('product.inactive')}
          </Badge>
        )}
        {admin && <ArchiveProduct product={product} />}
      </Group>
      <Card withBorder component="section" aria-labelledby="product-details">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="product-details">
            {t('product.details')}
          </Title>
          {admin && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <RecordForm
            key={product.version}
            label={t('product.details')}
            fields={productFields(i18n)}
            initial={productValues(product)}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(false)}
            onReload={() => {
              setEditing(false);
              state.reload();
            }}
            onSubmit={async (values) => {
              await state.save({ ...productPayload(values, i18n) });
              forgetProduct(product.id);
              flash.show(t('product.saved'));
              setEditing(false);
            }}
          />
        ) : (
          <dl className="field-grid details-list">
            {details(product, i18n).map((field) => (
              <div key={field.name}>
                <Text component="dt" size="xs" c="dimmed">
                  {field.label}
                </Text>
                <Text component="dd" size="sm" m={0} data-field={field.name}>
                  {field.ltr ? <bdi dir="ltr">{field.value}</bdi> : <bdi>{field.value}</bdi>}
                </Text>
              </div>
            ))}
          </dl>
        )}
      </Card>
    </Stack>
  );
}
