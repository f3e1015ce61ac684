// One payment term: read by everyone, edited and archived by admins.

import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordForm } from '../../record/RecordForm';
import { CatalogueRecordPage } from '../product/CatalogueRecordPage';
import { paymentTermFields, paymentTermPayload, paymentTermValues, showAdjustment, type PaymentTerm } from './paymentTermFields';

export function PaymentTermPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const flash = useFlash();
  return (
    <CatalogueRecordPage<PaymentTerm>
      collection="payment_terms"
      id={id}
      listHref="/payment-terms"
      title={(term) => term.name}
      texts={(term) => ({
        listTitle: t('paymentTerm.listTitle'),
        details: t('paymentTerm.details'),
        saved: t('paymentTerm.saved'),
        archived: t('paymentTerm.archived'),
        archive: t('paymentTerm.archive'),
        archiveTitle: t('paymentTerm.archiveTitle'),
        archiveExplained: t('paymentTerm.archiveExplained', { name: term.name }),
      })}
      facts={(term) => [
        { name: 'code', label: t('paymentTerm.code'), value: term.code, ltr: true },
        { name: 'days', label: t('paymentTerm.days'), value: format.number(term.days) },
        { name: 'adjust_percent', label: t('paymentTerm.adjustPercent'), value: showAdjustment(term.adjust_percent, i18n) },
        { name: 'min_grade', label: t('paymentTerm.minGrade'), value: term.min_grade ?? t('paymentTerm.anyGrade') },
      ]}
      editor={(state, term, done) => (
        <RecordForm
          key={term.version}
          label={t('paymentTerm.details')}
          fields={paymentTermFields(i18n)}
          initial={paymentTermValues(term)}
          submitLabel={t('common.save')}
          onCancel={done}
          onReload={() => {
            done();
            state.reload();
          }}
          onSubmit={async (values) => {
            await state.save({ ...paymentTermPayload(values, i18n) });
            flash.show(t('paymentTerm.saved'));
            done();
          }}
        />
      )}
    />
  );
}
