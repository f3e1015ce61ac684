import { Alert, Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Deal, Id } from '../../api/types';
import { initialValues } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import { useI18n } from '../../i18n/I18nProvider';
import { dealFields, newDealPayload } from './dealFields';

export function DealsSection({ accountId }: { accountId: Id }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const fields = dealFields(i18n);
  const [deals, setDeals] = useState<Deal[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => {
    api.listAll<Deal>('deals', { account_id: accountId, sort: '-created_at' }).then(setDeals, setError);
  }, [accountId]);
  useEffect(load, [load]);

  return (
    <Card withBorder component="section" aria-labelledby="deals-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="deals-heading">
          {t('account.deals')}
        </Title>
        {!adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('deal.add')}
          </Button>
        )}
      </Group>
      {error !== null && <Alert color="red">{describeError(error, i18n)}</Alert>}
      {adding && (
        <RecordForm
          label={t('deal.add')}
          fields={fields}
          initial={{ ...initialValues(fields), currency: 'EUR', stage: 'new' }}
          submitLabel={t('common.create')}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await api.post('/deals', newDealPayload(accountId, values, i18n));
            setAdding(false);
            load();
          }}
        />
      )}
      {deals.length === 0 ? (
        <Text c="dimmed">{t('account.noDeals')}</Text>
      ) : (
        <div className="table-wrap">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('deal.title')}</Table.Th>
                <Table.Th scope="col">{t('deal.stage')}</Table.Th>
                <Table.Th scope="col">{t('deal.amount')}</Table.Th>
                <Table.Th scope="col">{t('deal.expectedClose')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('offer.section')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deals.map((deal) => (
                <Table.Tr key={deal.id}>
                  <Table.Th scope="row" fw={500}>
                    {deal.title}
                  </Table.Th>
                  <Table.Td>
                    <Badge variant="light" color={deal.stage === 'won' ? 'teal' : deal.stage === 'lost' ? 'red' : 'blue'}>
                      {t(`deal.stages.${deal.stage}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{format.money(deal.amount)}</bdi>
                  </Table.Td>
                  <Table.Td>{format.date(deal.expected_close)}</Table.Td>
                  <Table.Td>
                    {/* There is no page of a deal: its offers start from its row, pre-filled with the account and the deal. */}
                    <Anchor
                      component={Link}
                      size="sm"
                      href={`/offers/new?account_id=${encodeURIComponent(accountId)}&deal_id=${encodeURIComponent(deal.id)}`}
                      aria-label={t('offer.newForDeal', { deal: deal.title })}
                    >
                      {t('offer.newOffer')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
