// Who is away, who covers, and recording a new absence with its deputy.

import { Alert, Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Absence, AbsenceReason } from '../../api/types';
import { useMe, useSession } from '../../auth/session';
import { useFlash } from '../../app/flash';
import { civilDate } from '../../lib/dates';
import type { FieldSpec } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import { useI18n } from '../../i18n/I18nProvider';
import { ShowMoreButton, useShownItems } from '../../record/ShowMore';
import { userOptions, useUsers } from '../user/users';


type State = 'current' | 'upcoming' | 'past';
const REASONS: AbsenceReason[] = ['illness', 'leave', 'training', 'other'];

export function stateOf(absence: Absence, today: string): State {
  if (absence.ends_on < today) return 'past';
  if (absence.starts_on > today) return 'upcoming';
  return 'current';
}

const STATE_COLOURS: Record<State, string> = { current: 'orange', upcoming: 'blue', past: 'gray' };

export function AbsencesPage() {
  const me = useMe();
  const { refresh } = useSession();
  const { users, nameOf } = useUsers();
  const flash = useFlash();
  const i18n = useI18n();
  const { t, format } = i18n;
  const [absences, setAbsences] = useState<Absence[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [formKey, setFormKey] = useState(0);
  const today = civilDate(new Date());
  const shown = useShownItems(absences);

  const load = useCallback(() => {
    api.listAll<Absence>('absences', { sort: '-starts_on' }).then(setAbsences, setError);
  }, []);
  useEffect(load, [load]);

  const options = userOptions(users);
  const fields: FieldSpec[] = [
    { name: 'user_id', label: t('absence.user'), kind: 'select', options, required: true },
    { name: 'deputy_id', label: t('absence.deputy'), kind: 'select', options, required: true },
    { name: 'starts_on', label: t('absence.startsOn'), kind: 'date', required: true },
    { name: 'ends_on', label: t('absence.endsOn'), kind: 'date', required: true },
    {
      name: 'reason',
      label: t('absence.reason'),
      kind: 'select',
      options: REASONS.map((value) => ({ value, label: t(`absence.reasons.${value}`) })),
    },
  ];
  const firstOther = options.find((option) => option.value !== me.id)?.value ?? '';

  async function cancel(absence: Absence) {
    try {
      await api.remove(`/absences/${absence.id}`);
      flash.show(t('absence.cancelled'));
      load();
      void refresh();
    } catch (failure) {
      flash.show(describeError(failure, i18n), 'error');
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('absence.title')}</Title>
      <Card withBorder component="section" aria-labelledby="record-absence">
        <Title order={2} size="h4" id="record-absence" mb="sm">
          {t('absence.record')}
        </Title>
        {options.length > 0 && (
          <RecordForm
            key={formKey}
            label={t('absence.record')}
            fields={fields}
            initial={{ user_id: me.id, deputy_id: firstOther, starts_on: today, ends_on: today, reason: 'illness' }}
            submitLabel={t('absence.record')}
            onSubmit={async (values) => {
              const body: Record<string, string> = {};
              for (const [key, value] of Object.entries(values)) if (value !== '') body[key] = value;
              await api.post('/absences', body);
              flash.show(t('absence.recorded'));
              setFormKey((value) => value + 1);
              load();
              void refresh();
            }}
          />
        )}
      </Card>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      {absences.length === 0 ? (
        <Text c="dimmed">{t('absence.empty')}</Text>
      ) : (
        <div className="table-wrap">
          <Table data-testid="absences-table">
            <caption className="visually-hidden">{t('absence.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('absence.user')}</Table.Th>
                <Table.Th scope="col">{t('absence.deputy')}</Table.Th>
                <Table.Th scope="col">{t('absence.period')}</Table.Th>
                <Table.Th scope="col">{t('absence.reason')}</Table.Th>
                <Table.Th scope="col">{t('absence.state')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('absence.cancel')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.visible.map((absence) => {
                const state = stateOf(absence, today);
                return (
                  <Table.Tr key={absence.id}>
                    <Table.Th scope="row" fw={500}>
                      {nameOf(absence.user_id)}
                    </Table.Th>
                    <Table.Td>{nameOf(absence.deputy_id)}</Table.Td>
                    <Table.Td>
                      <bdi>{format.date(absence.starts_on)}</bdi> – <bdi>{format.date(absence.ends_on)}</bdi>
                    </Table.Td>
                    <Table.Td>{absence.reason ? (t(`absence.reasons.${absence.reason}`)) : ''}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATE_COLOURS[state]}>
                        {t(`absence.${state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {state !== 'past' && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void cancel(absence)}>
                          {t('absence.cancel')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <ShowMoreButton hidden={shown.hidden} onClick={shown.more} />
        </div>
      )}
    </Stack>
  );
}
