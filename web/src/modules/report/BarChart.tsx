// A bar chart on Chart.js, registered piecemeal so that only bars, two axes, the tooltip and the
// legend are in the bundle. The canvas is one image for assistive technology; every figure is also
// in the table view beside it.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type TooltipItem,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  /** Bar heights; only for drawing, never for sums. */
  values: number[];
  /** What the tooltip says for each bar, exactly (e.g. formatted money); defaults to the value. */
  labels?: string[];
  colour: string;
}

interface Props {
  title: string;
  categories: string[];
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
}

export const PALETTE = ['#1c7ed6', '#12b886', '#f59f00', '#e8590c', '#7048e8', '#d6336c', '#0ca678', '#495057'];

export function BarChart({ title, categories, series, stacked = false, horizontal = false }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Figures on the axes in the language's form; right to left, the categories and bars start at the right.
  const { locale, dir } = useI18n();
  const rtl = dir === 'rtl';

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: categories,
        datasets: series.map((line) => ({
          label: line.label,
          data: line.values,
          backgroundColor: line.colour,
          borderRadius: 3,
          maxBarThickness: 56,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        locale,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: series.length > 1, position: 'bottom', rtl },
          tooltip: {
            rtl,
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const line = series[item.datasetIndex];
                const text = line?.labels?.[item.dataIndex] ?? String(item.raw);
                return `${line?.label ?? ''}: ${text}`;
              },
            },
          },
        },
        scales: {
          // Counts and amounts alike read best without fractional ticks.
          x: { stacked, beginAtZero: true, reverse: rtl, ticks: { precision: 0 } },
          y: { stacked, beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { precision: 0 } },
        },
      },
    });
    return () => chart.destroy();
  }, [categories, series, stacked, horizontal, locale, rtl]);

  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
