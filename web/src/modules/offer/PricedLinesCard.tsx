// The lines of a draft offer or order with their live prices and totals, in a section of the form. The
// draft's account, currency and payment terms price them; until the first quote answers, the saved
// document's own prices stand in. A refusal of the quote shows on the cell it names, a save's refusal too.

import { Card, Title } from '@mantine/core';
import { startTransition, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PricedLine } from './commerce';
import { DocumentLinesEditor } from './DocumentLines';
import { DocumentTotals, type Totals } from './DocumentTotals';
import { describeLineError } from './lineErrors';
import type { DocumentLineDraft } from './linesDraft';
import { useQuote } from './useQuote';

interface Props {
  /** What prices the lines: the draft's client, currency and payment terms (empty: the server's default). */
  draft: { account_id: string; currency: string; payment_terms: string; lines: DocumentLineDraft[] };
  onChange(lines: DocumentLineDraft[]): void;
  /** The save's error on a cell, if any: it wins over the quote's. */
  saveErrorOn(field: string): string | undefined;
  /** The document as saved, whose prices stand until the first quote answers. */
  saved?: (Totals & { lines: PricedLine[] }) | undefined;
}

// The height of a line's row and of the table's head and totals, held while the lines first render.
const ROW_PX = 49;
const FRAME_PX = 230;

export function PricedLinesCard({ draft, onChange, saveErrorOn, saved }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  // The lines (a typeahead and two inputs each: the page's heaviest render) follow the terms as a transition,
  // which React renders in slices between which the browser stays responsive (Lighthouse's blocking time);
  // their place is held meanwhile, so that nothing below them moves.
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  const { lines } = draft;
  const live = useQuote(draft, i18n);
  const errorOn = (field: string) => saveErrorOn(field) ?? (live.error?.field === field ? describeLineError(live.error, i18n) : undefined);
  const unchanged = saved !== undefined && lines.length === saved.lines.length;
  const priced = live.quote || !unchanged ? live.priced : new Map(lines.map((line, index) => [line.key, saved.lines[index]!] as const));
  const totals = live.quote ?? (unchanged && !live.busy ? saved : null);
  return (
    <Card withBorder component="section" aria-labelledby="document-lines-heading">
      <Title order={2} size="h4" id="document-lines-heading" mb="sm">
        {t('offer.lines')}
      </Title>
      {shown ? (
        <>
          <DocumentLinesEditor lines={lines} priced={priced} errorOn={errorOn} onChange={onChange} />
          <DocumentTotals totals={totals} busy={live.busy} />
        </>
      ) : (
        <div aria-hidden="true" data-placeholder style={{ minHeight: FRAME_PX + ROW_PX * lines.length }} />
      )}
    </Card>
  );
}
