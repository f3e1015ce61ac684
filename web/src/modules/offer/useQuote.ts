// Live pricing: as the lines change, the draft is priced by POST /pricing/quote, a moment after the person
// stops typing. Only the latest answer counts: each request takes a ticket, and an answer for an older
// ticket than the latest is dropped, whatever order the answers come in. A refusal (a manual discount
// above the limit, an unknown product) is kept with the draft's own cell name, for the lines editor to
// show on that cell.

import { useDebouncedValue } from '@mantine/hooks';
import { startTransition, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { Translation } from '../../i18n/translation';
import type { PricedLine, Quote, QuoteRequest } from './commerce';
import { quotableLines, remapCell, type DocumentLineDraft } from './linesDraft';

export interface QuoteInput {
  account_id: string;
  currency: string;
  payment_terms: string;
  lines: readonly DocumentLineDraft[];
}

export interface LiveQuote {
  quote: Quote | null;
  /** The priced line for each line of the draft, by the line's key (absent: not priced yet). */
  priced: Map<number, PricedLine>;
  /** The refusal of the latest quote, its field named as the draft's cell ("lines[1].manual_discount_percent"). */
  error: ApiError | null;
  busy: boolean;
}

const DELAY_MS = 300;

export function useQuote(input: QuoteInput | null, tools: Pick<Translation, 't' | 'format'>): LiveQuote {
  const { body, at } = input ? quotableLines(input.lines, tools) : { body: [], at: [] };
  const request: QuoteRequest | null =
    input && input.account_id !== '' && body.length > 0
      ? {
          account_id: input.account_id,
          lines: body,
          ...(input.currency !== '' ? { currency: input.currency } : {}),
          ...(input.payment_terms !== '' ? { payment_terms: input.payment_terms } : {}),
        }
      : null;
  const keys = input ? at.map((index) => input.lines[index]?.key ?? -1) : [];
  const wanted = JSON.stringify({ request, keys, at });
  const [debounced] = useDebouncedValue(wanted, DELAY_MS);
  const [state, setState] = useState<LiveQuote>({ quote: null, priced: new Map(), error: null, busy: false });
  const latest = useRef(0);

  useEffect(() => {
    const { request: sent, keys: sentKeys, at: sentAt } = JSON.parse(debounced) as { request: QuoteRequest | null; keys: number[]; at: number[] };
    const ticket = ++latest.current;
    if (sent === null) {
      setState({ quote: null, priced: new Map(), error: null, busy: false });
      return;
    }
    setState((current) => ({ ...current, busy: true }));
    api.post<Quote>('/pricing/quote', sent).then(
      (quote) => {
        if (ticket !== latest.current) return;
        const priced = new Map(quote.lines.map((line, index) => [sentKeys[index] ?? -1, line] as const));
        // Every line re-renders with its prices: as a transition, in slices, so typing stays responsive.
        startTransition(() => setState({ quote, priced, error: null, busy: false }));
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        const error =
          failure instanceof ApiError ? new ApiError(failure.status, failure.code, failure.message, remapCell(failure.field, sentAt)) : new ApiError(0, 'network', '');
        setState((current) => ({ ...current, error, busy: false }));
      },
    );
  }, [debounced]);

  return state;
}
