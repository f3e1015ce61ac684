// Field descriptions shared by the generic form: what to render, and how a form's text values become
// an API payload (empty optional text → null, tags → an array).

export interface Option {
  value: string;
  label: string;
}

export type FieldSpec =
  | {
      name: string;
      label: string;
      kind: 'text' | 'email' | 'url' | 'tel' | 'date' | 'datetime' | 'textarea' | 'tags' | 'amount';
      required?: boolean;
      hint?: string;
    }
  | { name: string; label: string; kind: 'select'; options: Option[]; required?: boolean; hint?: string };

export type FormValues = Record<string, string>;

type JsonValue = string | number | boolean | null | string[] | JsonValue[] | { [key: string]: JsonValue };

/** A record's value as form text. */
export function toText(value: unknown, kind: FieldSpec['kind']): string {
  if (value === null || value === undefined) return '';
  if (kind === 'tags' && Array.isArray(value)) return value.join(', ');
  if (kind === 'datetime' && typeof value === 'string') return value.slice(0, 16);
  return String(value);
}

/** Form text as the API's value for the field. */
export function fromText(text: string, field: FieldSpec): JsonValue {
  const trimmed = text.trim();
  if (field.kind === 'tags') {
    return trimmed === '' ? [] : trimmed.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  }
  if (trimmed === '') return null;
  if (field.kind === 'datetime') return new Date(trimmed).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return trimmed;
}

export function initialValues(fields: readonly FieldSpec[], record: Record<string, unknown> = {}): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, toText(record[field.name], field.kind)]));
}

/**
 * The payload for a create (every non-empty field) or, given the values the form started from, for a
 * PATCH (only the fields that changed, a cleared one as null).
 */
export function toPayload(
  fields: readonly FieldSpec[],
  values: FormValues,
  startedFrom?: FormValues,
): Record<string, JsonValue> {
  const payload: Record<string, JsonValue> = {};
  for (const field of fields) {
    const text = values[field.name] ?? '';
    if (startedFrom) {
      if (text.trim() === (startedFrom[field.name] ?? '').trim()) continue;
      payload[field.name] = fromText(text, field);
    } else {
      const value = fromText(text, field);
      if (value !== null && !(Array.isArray(value) && value.length === 0)) payload[field.name] = value;
    }
  }
  return payload;
}
