// Dates and times as the UI shows and asks for them. The API speaks UTC (RFC 3339) and civil dates
// ("YYYY-MM-DD"); a person sees their own time zone.

/** "YYYY-MM-DD" of a local day. */
export function civilDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Local midnight of the day `date` falls on, moved by `days`. */
export function startOfDay(date: Date, days = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** RFC 3339 UTC without milliseconds, as the API writes it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function formatDateTime(value: string | null, locale?: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function formatDate(value: string | null, locale?: string): string {
  if (!value) return '';
  // A civil date has no time zone: read it as local midnight so it never shifts a day.
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

/** The value of a datetime-local input for `date`: "YYYY-MM-DDTHH:MM" in local time. */
export function localInputValue(date: Date): string {
  const hours = String(date.getHours()).padStart(2, '0');
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${civilDate(date)}T${hours}:${minutes}`;
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: Date): Date {
  const weekday = (date.getDay() + 6) % 7;
  return startOfDay(date, -weekday);
}
