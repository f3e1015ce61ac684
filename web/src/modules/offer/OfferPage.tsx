// One offer, or a new one (/offers/new, pre-filled from ?account_id=…&deal_id=…). A draft is edited in the
// page with live pricing; once sent it reads only. The actions its status allows are buttons; its printable
// document opens from the API, and an accepted offer links to the order it made.

import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { describeError } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';
import { useRecord } from '../../record/useRecord';
import { useUsers } from '../user/users';
import { ActionBar, type ActionSpec } from './ActionBar';
import { offerActions, statusColour, type Offer, type OfferAction } from './commerce';
import { NewDocumentPage } from './DocumentForm';
import { OfferEditor } from './OfferEditor';
import { OfferSummary } from './OfferSummary';

const ACTIONS: Record<OfferAction, ActionSpec> = {
  send: { action: 'send', label: 'offer.actions.send' },
  accept: { action: 'accept', label: 'offer.actions.accept' },
  decline: { action: 'decline', label: 'offer.actions.decline', reasonTitle: 'offer.declineTitle', danger: true },
  withdraw: { action: 'withdraw', label: 'offer.actions.withdraw', danger: true },
  revise: { action: 'revise', label: 'offer.actions.revise' },
};

export function BackToOffers() {
  const { t } = useI18n();
  return (
    <Anchor component={Link} href="/offers" size="sm">
      <span className="back-arrow" aria-hidden="true">←</span> {t('offer.listTitle')}
    </Anchor>
  );
}

export function NewOfferPage() {
  const { t } = useI18n();
  return (
    <NewDocumentPage<Offer>
      collection="offers"
      back={<BackToOffers />}
      title={t('offer.createTitle')}
      created={(number) => t('offer.created', { number })}
      editor={(props) => <OfferEditor {...props} />}
    />
  );
}

export function OfferPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const [, navigate] = useLocation();
  const { nameOf } = useUsers();
  const state = useRecord<Offer>('offers', id);
  const offer = state.record;

  if (state.loading && !offer) return <Loader aria-label={t('app.loading')} />;
  if (!offer) {
    return (
      <Stack>
        <BackToOffers />
        <Alert color="red" role="alert">
          {describeError(state.error, i18n)}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack>
      <BackToOffers />
      <Group gap="sm">
        <Title order={1}>
          {t('offer.title')} <bdi dir="ltr">{offer.number}</bdi>
        </Title>
        <Badge variant="light" color={statusColour(offer.status)} data-testid="offer-status">
          {t(`offer.statuses.${offer.status}`)}
        </Badge>
      </Group>
      <Group gap="lg">
        <Text>
          {t('offer.account')}:{' '}
          <Anchor component={Link} href={`/accounts/${offer.account_id}`}>
            {offer.account_name}
          </Anchor>
        </Text>
        <Text>
          {t('offer.owner')}: {nameOf(offer.owner_id)}
        </Text>
        <Anchor href={`/api/v1/offers/${encodeURIComponent(offer.id)}/document`} target="_blank" rel="noopener" data-testid="offer-document">
          {t('offer.openDocument')}
        </Anchor>
        {offer.order_id && (
          <Anchor component={Link} href={`/orders/${offer.order_id}`} data-testid="offer-order">
            {t('offer.openOrder')}
          </Anchor>
        )}
        {offer.revises_id && (
          <Anchor component={Link} href={`/offers/${offer.revises_id}`}>
            {t('offer.openRevised')}
          </Anchor>
        )}
      </Group>
      <ActionBar<Offer>
        collection="offers"
        id={offer.id}
        version={offer.version}
        actions={offerActions(offer.status).map((action) => ACTIONS[action])}
        onDone={(record, action) => {
          flash.show(t(`offer.done.${action as OfferAction}`));
          if (action === 'revise') navigate(`/offers/${record.id}`);
          else state.reload();
        }}
      />
      {offer.status === 'draft' ? (
        <OfferEditor
          // A new version (saved here, or reloaded) starts the draft again from what the server holds.
          key={offer.version}
          offer={offer}
          save={({ account_id: _unchangeable, ...body }) => state.save(body)}
          onSaved={() => flash.show(t('offer.saved'))}
          onReload={state.reload}
        />
      ) : (
        <OfferSummary offer={offer} />
      )}
    </Stack>
  );
}
