// An account's offers on its page (newest first, ten at a time), with a new offer pre-filled for the account.

import { Anchor, Badge, Button } from '@mantine/core';
import { Link } from 'wouter';
import type { Id } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordSection } from '../../record/RecordSection';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { statusColour, WITHOUT_LINES, type OfferListItem } from './commerce';

const PAGE = 10;

export function OffersSection({ accountId }: { accountId: Id }) {
  const { t, format } = useI18n();
  const list = useCursorList<OfferListItem>('offers', { account_id: accountId, sort: '-created_at', ...WITHOUT_LINES }, PAGE);
  const columns: Column<OfferListItem>[] = [
    {
      key: 'number',
      header: t('offer.number'),
      width: '30%',
      cell: (offer) => (
        <Anchor component={Link} href={`/offers/${offer.id}`}>
          <bdi dir="ltr">{offer.number}</bdi>
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t('offer.status'),
      width: '22%',
      cell: (offer) => (
        <Badge variant="light" color={statusColour(offer.status)}>
          {t(`offer.statuses.${offer.status}`)}
        </Badge>
      ),
    },
    { key: 'valid_until', header: t('offer.validUntil'), width: '20%', cell: (offer) => format.date(offer.valid_until) },
    { key: 'total', header: t('offer.total'), width: '28%', cell: (offer) => <bdi>{format.money(offer.total)}</bdi> },
  ];
  return (
    <RecordSection
      headingId="offers-heading"
      title={t('offer.section')}
      testId="account-offers"
      action={
        <Button size="xs" variant="light" component={Link} href={`/offers/new?account_id=${encodeURIComponent(accountId)}`}>
          {t('offer.newOffer')}
        </Button>
      }
    >
      <RecordTable caption={t('offer.section')} columns={columns} list={list} empty={t('offer.sectionEmpty')} placeholderRows={2} />
    </RecordSection>
  );
}
