// The pipeline board's data: deals grouped by stage with exact totals, and the moves between stages.

import { api, type Query } from '../../api/client';
import { OPEN_STAGES, STAGES, type Deal, type DealPatch, type Stage } from '../../api/types';
import { civilDate, startOfDay } from '../../lib/dates';
import { sumMoney, type Money } from '../../lib/money';

/** How far back the board shows closed (won or lost) deals. */
export const CLOSED_DAYS = 90;

export interface Column {
  stage: Stage;
  deals: Deal[];
  totals: Money[];
}

export async function loadBoard(ownerId: string, now = new Date()): Promise<Deal[]> {
  const owner: Query = ownerId === '' ? {} : { owner_id: ownerId };
  const [open, closed] = await Promise.all([
    api.listAll<Deal>('deals', { ...owner, stage: OPEN_STAGES.join(','), sort: 'expected_close' }),
    api.listAll<Deal>('deals', {
      ...owner,
      stage: 'won,lost',
      closed_at_from: `${civilDate(startOfDay(now, -CLOSED_DAYS))}T00:00:00Z`,
      sort: '-closed_at',
    }),
  ]);
  return [...open, ...closed];
}

export function columnsOf(deals: readonly Deal[]): Column[] {
  return STAGES.map((stage) => {
    const inStage = deals.filter((deal) => deal.stage === stage);
    return { stage, deals: inStage, totals: sumMoney(inStage.map((deal) => deal.amount)) };
  });
}

/** Moves a deal; `lostReason` is required by the API when `stage` is lost. Stale versions fail with 412. */
export async function moveDeal(deal: Deal, stage: Stage, lostReason?: string): Promise<Deal> {
  const changes: DealPatch = { stage };
  if (lostReason !== undefined) changes.lost_reason = lostReason;
  const { record } = await api.patch<Deal>(`/deals/${deal.id}`, changes, `"${deal.version}"`);
  return record;
}
