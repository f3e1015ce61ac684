// A generic form over field descriptions. A failed save puts the API's message next to the field it
// names, or above the form when it names none (or names a field this form does not show): record/useFormSave.

import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { FieldSpec, FormValues } from './fields';
import { FormShell } from './FormShell';
import { useFormSave } from './useFormSave';

interface Props {
  fields: FieldSpec[];
  initial: FormValues;
  submitLabel: string;
  onSubmit(values: FormValues): Promise<void>;
  onCancel?: () => void;
  /** Lay the fields out in a responsive grid rather than one column. */
  columns?: boolean;
  /** The form's accessible name. */
  label?: string;
  /** Offered next to the conflict message when a save meets a newer version (412). */
  onReload?: () => void;
}

export function FieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: FieldSpec;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const common = {
    label: field.label,
    description: field.hint,
    required: field.required ?? false,
    error,
    name: field.name,
    value,
  };
  switch (field.kind) {
    case 'select':
      return (
        <NativeSelect
          {...common}
          data={field.required ? field.options : [{ value: '', label: t('common.none') }, ...field.options]}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'textarea':
      return <Textarea {...common} autosize minRows={2} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'datetime':
      return <TextInput {...common} type="datetime-local" onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'tags':
      return <TextInput {...common} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'amount':
      // Figures read left to right in every language; the language's own separators are accepted.
      return <TextInput {...common} inputMode="decimal" dir="ltr" onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'email':
    case 'url':
    case 'tel':
      // Addresses and numbers are left-to-right islands inside a right-to-left form.
      return <TextInput {...common} type={field.kind} dir="ltr" onChange={(event) => onChange(event.currentTarget.value)} />;
    default:
      return <TextInput {...common} type={field.kind} onChange={(event) => onChange(event.currentTarget.value)} />;
  }
}

export function RecordForm({ fields, initial, submitLabel, onSubmit, onCancel, columns = true, label, onReload }: Props) {
  const [values, setValues] = useState<FormValues>(initial);
  const saving = useFormSave();
  const names = fields.map((spec) => spec.name);

  return (
    <FormShell
      label={label}
      saving={saving}
      submitLabel={submitLabel}
      onSubmit={() => void saving.run(names, () => onSubmit(values))}
      onCancel={onCancel}
      onReload={onReload}
    >
      <div className={columns ? 'field-grid' : undefined}>
        {fields.map((field) => (
          <FieldInput
            key={field.name}
            field={field}
            value={values[field.name] ?? ''}
            error={saving.errorOn(field.name)}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
          />
        ))}
      </div>
    </FormShell>
  );
}
