import { describe, expect, it } from 'vitest';
import type { ActivityReport, PipelineReport } from '../../api/types';
import { makeTranslation } from '../../i18n/translation';
import { activityByWeek, currenciesOf, formatTotal, pipelineSeries } from './reportData';

const en = makeTranslation('en');
const formats = { format: en.format, none: en.t('common.none') };

describe('report shaping', () => {
  it('formats a decimal ratio as a percentage without float drift', () => {
    expect(en.format.percent('0.4500')).toBe('45%');
    expect(en.format.percent('0.3333')).toBe('33.3%');
    expect(en.format.percent(null)).toBe('');
  });

  it('adds activities of all kinds per owner and week, weeks in order', () => {
    const report: ActivityReport = {
      from: '2026-11-01',
      to: '2026-11-22',
      items: [
        { owner_id: '2', week: '2026-11-16', kind: 'call', count: 3 },
        { owner_id: '2', week: '2026-11-09', kind: 'call', count: 1 },
        { owner_id: '2', week: '2026-11-16', kind: 'meeting', count: 2 },
        { owner_id: '5', week: '2026-11-16', kind: 'email', count: 4 },
      ],
    };

    const shaped = activityByWeek(report);

    expect(shaped.weeks).toEqual(['2026-11-09', '2026-11-16']);
    expect(shaped.counts.get('2')).toEqual([1, 5]);
    expect(shaped.counts.get('5')).toEqual([0, 4]);
  });

  it('reads one currency of the pipeline, with exact tooltip text', () => {
    const report: PipelineReport = {
      stages: [
        {
          stage: 'new',
          count: 2,
          totals: [
            { currency: 'EUR', count: 1, total: { amount: '0.30', currency: 'EUR' }, weighted: { amount: '0.03', currency: 'EUR' } },
            { currency: 'USD', count: 1, total: { amount: '5.00', currency: 'USD' }, weighted: { amount: '0.50', currency: 'USD' } },
          ],
        },
        { stage: 'won', count: 0, totals: [] },
      ],
    };

    const series = pipelineSeries(report, 'EUR', formats);

    expect(currenciesOf(report)).toEqual(['EUR', 'USD']);
    expect(series.total.values).toEqual([0.3, 0]);
    expect(series.total.labels[0]).toContain('0.30');
  });

  it('shows a total the server could not give (null) as a dash, and charts it as nothing', () => {
    const report: PipelineReport = {
      stages: [{ stage: 'new', count: 1, totals: [{ currency: 'XYZ', count: 1, total: null, weighted: null }] }],
    };

    const series = pipelineSeries(report, 'XYZ', formats);

    expect(formatTotal(null, formats)).toBe('—');
    expect(series.total.values).toEqual([0]);
    expect(series.weighted.labels).toEqual(['—']);
  });
});
