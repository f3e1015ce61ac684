// An account's deals on its page (newest first, read whole: a handful per account), one added in place, and
// from each deal's row a new offer for it.

import { Anchor, Badge } from '@mantine/core';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { Deal, Id } from '../../api/types';
import { initialValues } from '../../record/fields';
import { HiddenHeader } from '../../record/LinesTable';
import { RecordListSection } from '../../record/RecordSection';
import { useI18n } from '../../i18n/I18nProvider';
import { dealFields, newDealPayload } from './dealFields';

export function DealsSection({ accountId }: { accountId: Id }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const fields = dealFields(i18n);
  return (
    <RecordListSection<Deal>
      headingId="deals-heading"
      title={t('account.deals')}
      collection="deals"
      query={{ account_id: accountId, sort: '-created_at' }}
      empty={t('account.noDeals')}
      add={{
        label: t('deal.add'),
        fields,
        initial: { ...initialValues(fields), currency: 'EUR', stage: 'new' },
        create: (values) => api.post('/deals', newDealPayload(accountId, values, i18n)),
      }}
      columns={[
        { key: 'title', header: t('deal.title'), cell: (deal) => deal.title },
        {
          key: 'stage',
          header: t('deal.stage'),
          cell: (deal) => (
            <Badge variant="light" color={deal.stage === 'won' ? 'teal' : deal.stage === 'lost' ? 'red' : 'blue'}>
              {t(`deal.stages.${deal.stage}`)}
            </Badge>
          ),
        },
        { key: 'amount', header: t('deal.amount'), cell: (deal) => <bdi>{format.money(deal.amount)}</bdi> },
        { key: 'expected_close', header: t('deal.expectedClose'), cell: (deal) => format.date(deal.expected_close) },
        {
          key: 'offer',
          header: <HiddenHeader>{t('offer.section')}</HiddenHeader>,
          // There is no page of a deal: its offers start from its row, pre-filled with the account and the deal.
          cell: (deal) => (
            <Anchor
              component={Link}
              size="sm"
              href={`/offers/new?account_id=${encodeURIComponent(accountId)}&deal_id=${encodeURIComponent(deal.id)}`}
              aria-label={t('offer.newForDeal', { deal: deal.title })}
            >
              {t('offer.newOffer')}
            </Anchor>
          ),
        },
      ]}
    />
  );
}
