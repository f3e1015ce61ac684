// A hand-made order (/orders/new, pre-filled from ?account_id=…&deal_id=…): a client who orders without an
// offer. Saved as a draft, then confirmed from its page.

import { useI18n } from '../../i18n/I18nProvider';
import type { Order } from '../offer/commerce';
import { NewDocumentPage } from '../offer/DocumentForm';
import { BackToOrders } from './OrderPage';
import { OrderEditor } from './OrderEditor';

export function NewOrderPage() {
  const { t } = useI18n();
  return (
    <NewDocumentPage<Order>
      collection="orders"
      back={<BackToOrders />}
      title={t('order.createTitle')}
      created={(number) => t('order.created', { number })}
      editor={(props) => <OrderEditor {...props} />}
    />
  );
}
