// One payment term: read by everyone, edited and archived by admins.

import { useI18n } from '../../i18n/I18nProvider';
import { CatalogueRecordPage } from '../product/CatalogueRecordPage';
import { paymentTermFields, paymentTermPayload, paymentTermValues, showAdjustment, type PaymentTerm } from './paymentTermFields';

export function PaymentTermPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <CatalogueRecordPage<PaymentTerm>
      kind="paymentTerm"
      collection="payment_terms"
      id={id}
      listHref="/payment-terms"
      facts={(term) => [
        { name: 'code', label: t('paymentTerm.code'), value: term.code, ltr: true },
        { name: 'days', label: t('paymentTerm.days'), value: format.number(term.days) },
        { name: 'adjust_percent', label: t('paymentTerm.adjustPercent'), value: showAdjustment(term.adjust_percent, i18n) },
        { name: 'min_grade', label: t('paymentTerm.minGrade'), value: term.min_grade ?? t('paymentTerm.anyGrade') },
      ]}
      form={{
        fields: paymentTermFields(i18n),
        values: paymentTermValues,
        payload: (values) => ({ ...paymentTermPayload(values, i18n) }),
      }}
    />
  );
}
