// The pipeline board's data: each column's count and totals from the server's pipeline report, its cards
// a page at a time from the deals list, and the moves between stages.

import { api, type Page, type Query } from '../../api/client';
import { STAGES, type Deal, type DealPatch, type PipelineReport, type Stage } from '../../api/types';
import { sumMoney, type Money } from '../../lib/money';

/** How many cards a column shows at first, and how many more each "Show more" brings. */
export const COLUMN_PAGE = 20;

/** One currency's share of a column: how many deals and their total (null when the report cannot sum it). */
export interface CurrencyLine {
  currency: string;
  count: number;
  total: Money | null;
}

/** A column's figures: every deal in the stage, loaded or not. */
export interface StageSummary {
  count: number;
  lines: CurrencyLine[];
}

export type Summary = Record<Stage, StageSummary>;

/** The cards of a column read so far, and the cursor of the next page (null once all are read). */
export interface ColumnCards {
  deals: Deal[];
  cursor: string | null;
  loading: boolean;
}

const closed = (stage: Stage) => stage === 'won' || stage === 'lost';

/** The list query of one column: open deals by expected close, closed ones most recently closed first. */
export function columnQuery(stage: Stage, ownerId: string): Query {
  return { stage, sort: closed(stage) ? '-closed_at' : 'expected_close', ...(ownerId === '' ? {} : { owner_id: ownerId }) };
}

/** One page of a column's cards, after `cursor` when given. */
export function loadColumnPage(stage: Stage, ownerId: string, cursor?: string, signal?: AbortSignal): Promise<Page<Deal>> {
  return api.list<Deal>('deals', { ...columnQuery(stage, ownerId), limit: COLUMN_PAGE, cursor }, signal);
}

function emptySummary(): Summary {
  return Object.fromEntries(STAGES.map((stage) => [stage, { count: 0, lines: [] }])) as unknown as Summary;
}

/** The report's stages as the board's summary. */
export function summaryFromReport(report: PipelineReport): Summary {
  const summary = emptySummary();
  for (const stage of report.stages) {
    summary[stage.stage] = {
      count: stage.count,
      lines: stage.totals.map((line) => ({ currency: line.currency, count: line.count, total: line.total })),
    };
  }
  return summary;
}

/**
 * The figures of the board, from the server's pipeline report (a few summary rows, however many deals): the whole
 * board's, or one owner's with `ownerId`.
 */
export async function loadSummary(ownerId: string, signal?: AbortSignal): Promise<Summary> {
  const query = ownerId === '' ? undefined : { owner_id: ownerId };
  return summaryFromReport(await api.get<PipelineReport>('/reports/pipeline', query, signal));
}

function negate(money: Money): Money {
  return { ...money, amount: money.amount.startsWith('-') ? money.amount.slice(1) : `-${money.amount}` };
}

// Adds (sign 1) or takes out (-1) one deal's amount from a column's lines; a currency left with no deal goes,
// as the report leaves it out.
function withDeal(stage: StageSummary, amount: Money, sign: 1 | -1): StageSummary {
  const lines = stage.lines.map((line) => ({ ...line }));
  let line = lines.find((item) => item.currency === amount.currency);
  if (!line) {
    line = { currency: amount.currency, count: 0, total: { amount: '0', currency: amount.currency } };
    lines.push(line);
  }
  line.count += sign;
  if (line.total !== null) line.total = sumMoney([line.total, sign === 1 ? amount : negate(amount)])[0] ?? null;
  return { count: stage.count + sign, lines: lines.filter((item) => item.count > 0) };
}

/** The summary after `deal` moved from `from` to `to`, exact to the minor unit. */
export function moveInSummary(summary: Summary, deal: Deal, from: Stage, to: Stage): Summary {
  if (from === to) return summary;
  return { ...summary, [from]: withDeal(summary[from], deal.amount, -1), [to]: withDeal(summary[to], deal.amount, 1) };
}

/** The cards after `moved` left `from` for `to`: it heads its new column. */
export function moveInColumns(columns: Record<Stage, ColumnCards>, moved: Deal, from: Stage): Record<Stage, ColumnCards> {
  const to = moved.stage;
  return {
    ...columns,
    [from]: { ...columns[from], deals: columns[from].deals.filter((deal) => deal.id !== moved.id) },
    [to]: { ...columns[to], deals: [moved, ...columns[to].deals.filter((deal) => deal.id !== moved.id)] },
  };
}

/** A column's cards with the next page appended; a card already shown (moved here meanwhile) is not repeated. */
export function appendPage(cards: ColumnCards, page: Page<Deal>): ColumnCards {
  const shown = new Set(cards.deals.map((deal) => deal.id));
  return { deals: [...cards.deals, ...page.items.filter((deal) => !shown.has(deal.id))], cursor: page.next_cursor, loading: false };
}

/** Moves a deal; `lostReason` is required by the API when `stage` is lost. Stale versions fail with 412. */
export async function moveDeal(deal: Deal, stage: Stage, lostReason?: string): Promise<Deal> {
  const changes: DealPatch = { stage };
  if (lostReason !== undefined) changes.lost_reason = lostReason;
  const { record } = await api.patch<Deal>(`/deals/${deal.id}`, changes, `"${deal.version}"`);
  return record;
}
