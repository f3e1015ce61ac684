// The page of one piece of reference data (a product, a payment term, a promotion): its fields for everyone
// and, for admins only, the form that edits them (saved with If-Match) and the archive. The API refuses
// anyone else (403), so nobody else is offered either.

import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { describeError } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import type { FieldSpec, FormValues } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import { ArchiveButton, BackLink, type ArchiveTexts } from '../../record/RecordPage';
import { useRecord, type RecordState } from '../../record/useRecord';

/** One fact of the record as read: `ltr` for codes and figures that read left to right in every language. */
export interface Fact {
  name: string;
  label: string;
  value: string;
  ltr?: boolean;
}

/** The kinds of reference data, each with the same words under its own message keys. */
export type CatalogueKind = 'product' | 'paymentTerm' | 'promotion';

interface Texts extends ArchiveTexts {
  listTitle: string;
  details: string;
  saved: string;
}

function textsOf(t: Translate, kind: CatalogueKind, name: string): Texts {
  return {
    listTitle: t(`${kind}.listTitle`),
    details: t(`${kind}.details`),
    saved: t(`${kind}.saved`),
    archived: t(`${kind}.archived`),
    archive: t(`${kind}.archive`),
    archiveTitle: t(`${kind}.archiveTitle`),
    archiveExplained: t(`${kind}.archiveExplained`, { name }),
  };
}

/** The record's fields as the generic form edits them. */
export interface FieldsForm<T> {
  fields: FieldSpec[];
  values(record: T): FormValues;
  payload(values: FormValues): Record<string, unknown>;
  /** Called once saved (e.g. to forget a cached copy). */
  onSaved?(record: T): void;
}

interface Props<T> {
  kind: CatalogueKind;
  collection: string;
  id: string;
  listHref: string;
  badges?(record: T): ReactNode;
  facts(record: T): Fact[];
  /** More of the record, read below its facts under `afterTitle` (a promotion's products). */
  after?(record: T): ReactNode;
  afterTitle?: string;
  /** Called once the record is archived (e.g. to forget a cached copy). */
  onArchived?(record: T): void;
  /** The admin's form: the generic one over `form`'s fields, or `editor`, whose `done` closes it after a save or a cancel. */
  form?: FieldsForm<T>;
  editor?(state: RecordState<T>, record: T, done: () => void): ReactNode;
}

function FieldsEditor<T extends { version: number }>({ form, state, record, texts, done }: { form: FieldsForm<T>; state: RecordState<T>; record: T; texts: Texts; done(): void }) {
  const { t } = useI18n();
  const flash = useFlash();
  return (
    <RecordForm
      key={record.version}
      label={texts.details}
      fields={form.fields}
      initial={form.values(record)}
      submitLabel={t('common.save')}
      onCancel={done}
      onReload={() => {
        done();
        state.reload();
      }}
      onSubmit={async (values) => {
        await state.save(form.payload(values));
        form.onSaved?.(record);
        flash.show(texts.saved);
        done();
      }}
    />
  );
}

export function CatalogueRecordPage<T extends { id: string; version: number; name: string }>(props: Props<T>) {
  const { collection, id, listHref } = props;
  const me = useMe();
  const i18n = useI18n();
  const { t } = i18n;
  const state = useRecord<T>(collection, id);
  const [editing, setEditing] = useState(false);
  const record = state.record;
  const texts = record ? textsOf(t, props.kind, record.name) : null;

  if (state.loading && !record) return <Loader aria-label={t('app.loading')} />;
  if (!record || !texts) {
    return (
      <Alert color="red" role="alert">
        {describeError(state.error, i18n)}
      </Alert>
    );
  }
  const admin = me.role === 'admin';
  const path = `/${collection}/${encodeURIComponent(record.id)}`;

  return (
    <Stack>
      <BackLink href={listHref} label={texts.listTitle} />
      <Group gap="sm">
        <Title order={1}>{record.name}</Title>
        {props.badges?.(record)}
        {admin && <ArchiveButton path={path} texts={texts} listHref={listHref} onArchived={() => props.onArchived?.(record)} />}
      </Group>
      <Card withBorder component="section" aria-labelledby="record-details">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="record-details">
            {texts.details}
          </Title>
          {admin && !editing && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          props.form ? (
            <FieldsEditor form={props.form} state={state} record={record} texts={texts} done={() => setEditing(false)} />
          ) : (
            props.editor?.(state, record, () => setEditing(false))
          )
        ) : (
          <dl className="field-grid details-list">
            {props.facts(record).map((fact) => (
              <div key={fact.name}>
                <Text component="dt" size="xs" c="dimmed">
                  {fact.label}
                </Text>
                <Text component="dd" size="sm" m={0} data-field={fact.name}>
                  {fact.ltr ? <bdi dir="ltr">{fact.value}</bdi> : <bdi>{fact.value}</bdi>}
                </Text>
              </div>
            ))}
          </dl>
        )}
        {!editing && props.after && (
          <section aria-labelledby="record-more">
            <Title order={3} size="h5" id="record-more" mt="md" mb="xs">
              {props.afterTitle}
            </Title>
            {props.after(record)}
          </section>
        )}
      </Card>
    </Stack>
  );
}
