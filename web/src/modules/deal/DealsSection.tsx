import { Alert, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Deal, Id } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { initialValues } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import { strings } from '../../strings';
import { DEAL_FIELDS, newDealPayload } from './dealFields';

export function DealsSection({ accountId }: { accountId: Id }) {
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
          {strings.account.deals}
        </Title>
        {!adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {strings.deal.add}
          </Button>
        )}
      </Group>
      {error !== null && <Alert color="red">{describeError(error)}</Alert>}
      {adding && (
        <RecordForm
          label={strings.deal.add}
          fields={DEAL_FIELDS}
          initial={{ ...initialValues(DEAL_FIELDS), currency: 'EUR', stage: 'new' }}
          submitLabel={strings.common.create}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await api.post('/deals', newDealPayload(accountId, values));
            setAdding(false);
            load();
          }}
        />
      )}
      {deals.length === 0 ? (
        <Text c="dimmed">{strings.account.noDeals}</Text>
      ) : (
        <div className="table-wrap">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{strings.deal.title}</Table.Th>
                <Table.Th scope="col">{strings.deal.stage}</Table.Th>
                <Table.Th scope="col">{strings.deal.amount}</Table.Th>
                <Table.Th scope="col">{strings.deal.expectedClose}</Table.Th>
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
                      {strings.deal.stages[deal.stage]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatMoney(deal.amount)}</Table.Td>
                  <Table.Td>{formatDate(deal.expected_close)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
