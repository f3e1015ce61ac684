import { describe, expect, it } from 'vitest';
import type { Deal, PipelineReport } from '../../api/types';
import { appendPage, moveInColumns, moveInSummary, summaryFromReport, type ColumnCards } from './pipeline';

const deal = (id: string, stage: Deal['stage'], amount: string, currency = 'EUR') =>
  ({ id, stage, amount: { amount, currency } }) as Deal;

const report: PipelineReport = {
  stages: [
    {
      stage: 'new',
      count: 3,
      totals: [
        { currency: 'EUR', count: 2, total: { amount: '1250.00', currency: 'EUR' }, weighted: null },
        { currency: 'USD', count: 1, total: { amount: '99.99', currency: 'USD' }, weighted: null },
      ],
    },
    { stage: 'won', count: 1, totals: [{ currency: 'EUR', count: 1, total: { amount: '500.00', currency: 'EUR' }, weighted: null }] },
  ],
};

describe('the pipeline board’s figures', () => {
  it('reads every stage from the report, the missing ones as empty', () => {
    const summary = summaryFromReport(report);

    expect(summary.new.count).toBe(3);
    expect(summary.new.lines.map((line) => line.total?.amount)).toEqual(['1250.00', '99.99']);
    expect(summary.qualified).toEqual({ count: 0, lines: [] });
  });

  it('moves a deal’s count and amount between columns exactly, dropping a currency left with no deal', () => {
    const summary = summaryFromReport(report);

    const moved = moveInSummary(summary, deal('9', 'new', '99.99', 'USD'), 'new', 'won');

    expect(moved.new.count).toBe(2);
    expect(moved.new.lines.map((line) => line.currency)).toEqual(['EUR']);
    expect(moved.won.count).toBe(2);
    expect(moved.won.lines.map((line) => [line.currency, line.count, line.total?.amount])).toEqual([
      ['EUR', 1, '500.00'],
      ['USD', 1, '99.99'],
    ]);
  });

  it('takes cents off a total without a float error', () => {
    const summary = summaryFromReport({
      stages: [{ stage: 'new', count: 2, totals: [{ currency: 'EUR', count: 2, total: { amount: '0.30', currency: 'EUR' }, weighted: null }] }],
    });

    const moved = moveInSummary(summary, deal('1', 'new', '0.10'), 'new', 'qualified');

    expect(moved.new.lines[0]?.total?.amount).toBe('0.20');
    expect(moved.qualified.lines[0]?.total?.amount).toBe('0.10');
  });
});

describe('the pipeline board’s cards', () => {
  const cards = (deals: Deal[], cursor: string | null = 'next'): ColumnCards => ({ deals, cursor, loading: false });

  it('puts a moved card at the head of its new column', () => {
    const columns = { new: cards([deal('1', 'new', '1'), deal('2', 'new', '1')]), qualified: cards([deal('3', 'qualified', '1')]) };

    const after = moveInColumns(columns as never, deal('2', 'qualified', '1'), 'new');

    expect(after.new.deals.map((item) => item.id)).toEqual(['1']);
    expect(after.qualified.deals.map((item) => item.id)).toEqual(['2', '3']);
  });

  it('does not repeat a card the next page brings again', () => {
    const after = appendPage(cards([deal('2', 'qualified', '1'), deal('3', 'qualified', '1')]), {
      items: [deal('3', 'qualified', '1'), deal('4', 'qualified', '1')],
      next_cursor: null,
    });

    expect(after.deals.map((item) => item.id)).toEqual(['2', '3', '4']);
    expect(after.cursor).toBeNull();
  });
});
