// One promotion: read by everyone (its products named), edited and archived by admins.

import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';
import { showPercent, showQuantity } from '../product/catalogue';
import { CatalogueRecordPage } from '../product/CatalogueRecordPage';
import { productLabel, useProductsById } from '../product/useProducts';
import type { Promotion } from './promotionDraft';
import { PromotionForm } from './PromotionForm';

function ProductsOf({ promotion }: { promotion: Promotion }) {
  const { t } = useI18n();
  const products = useProductsById(promotion.product_ids);
  if (promotion.product_ids.length === 0) return <>{t('promotion.allProducts')}</>;
  return (
    <ul>
      {promotion.product_ids.map((id) => {
        const product = products.get(id);
        return <li key={id}>{product ? productLabel(product) : t('common.pending')}</li>;
      })}
    </ul>
  );
}

export function PromotionPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const flash = useFlash();
  return (
    <CatalogueRecordPage<Promotion>
      kind="promotion"
      collection="promotions"
      id={id}
      listHref="/promotions"
      facts={(promotion) => [
        { name: 'starts_on', label: t('promotion.startsOn'), value: format.date(promotion.starts_on) },
        { name: 'ends_on', label: t('promotion.endsOn'), value: format.date(promotion.ends_on) },
        { name: 'min_quantity', label: t('promotion.minQuantity'), value: showQuantity(promotion.min_quantity, i18n) },
        { name: 'discount_percent', label: t('promotion.discountPercent'), value: showPercent(promotion.discount_percent, i18n) },
      ]}
      after={(promotion) => <ProductsOf promotion={promotion} />}
      afterTitle={t('promotion.products')}
      editor={(state, promotion, done) => (
        <PromotionForm
          key={promotion.version}
          promotion={promotion}
          submitLabel={t('common.save')}
          onCancel={done}
          onReload={() => {
            done();
            state.reload();
          }}
          save={async (body) => {
            await state.save({ ...body });
            flash.show(t('promotion.saved'));
            done();
          }}
        />
      )}
    />
  );
}
