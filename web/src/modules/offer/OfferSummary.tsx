// A sent (or later) offer, read-only: it is frozen, its document prints the same forever. Its terms, the
// lines as priced when it was written, each with its explanation, and its totals.

import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Offer } from './commerce';
import { DocumentLinesView } from './DocumentLines';
import { DocumentTotals } from './DocumentTotals';
import { contactName } from './CommercialTerms';
import { useAccountRecords } from './useAccountRecords';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function OfferSummary({ offer }: { offer: Offer }) {
  const { t, format } = useI18n();
  const { deals, contacts } = useAccountRecords(offer.account_id);
  const deal = deals.find((candidate) => candidate.id === offer.deal_id);
  const contact = contacts.find((candidate) => candidate.id === offer.contact_id);
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="offer-facts">
        <Title order={2} size="h4" id="offer-facts" mb="sm">
          {t('offer.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('offer.deal')}>{deal?.title ?? t('common.none')}</Fact>
          <Fact label={t('offer.contact')}>{contact ? contactName(contact) : t('common.none')}</Fact>
          <Fact label={t('offer.currency')}>
            <bdi>{offer.currency}</bdi>
          </Fact>
          <Fact label={t('offer.paymentTerms')}>
            <bdi>{offer.payment_terms ?? t('common.none')}</bdi>
          </Fact>
          <Fact label={t('offer.sentOn')}>{format.date(offer.sent_on)}</Fact>
          <Fact label={t('offer.validUntil')}>{format.date(offer.valid_until)}</Fact>
        </SimpleGrid>
        {offer.decline_reason && (
          <Text mt="sm" data-testid="decline-reason">
            {t('offer.declinedBecause', { reason: offer.decline_reason })}
          </Text>
        )}
        {offer.notes && (
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {offer.notes}
          </Text>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="offer-lines">
        <Title order={2} size="h4" id="offer-lines" mb="sm">
          {t('offer.lines')}
        </Title>
        <DocumentLinesView lines={offer.lines} />
        <DocumentTotals totals={offer} />
      </Card>
    </Stack>
  );
}
