import type { Chart as ChartData } from '@pa/contracts';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
} from 'chart.js';
import { h } from './dom.js';
import { type Lang, type Messages, numberFormat } from './i18n.js';

// Only what the API's chart types need, so the bundle carries no unused controllers.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  PieController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** Colours with at least 3:1 contrast against white (WCAG non-text contrast), told apart by hue. */
const PALETTE = ['#0b57d0', '#c5221f', '#137333', '#b06000', '#8430ce', '#007b83', '#a142f4', '#5f6368'];

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The chart as words, for screen readers (and the tests): "Bar chart: Groceries 1,234; Fuel 987". */
function summary(chart: ChartData, t: Messages, numbers: Intl.NumberFormat): string {
  const kind = chart.type === 'none' ? '' : t.chartKinds[chart.type];
  const points = chart.data.datasets
    .map((set) => {
      const pairs = chart.data.labels
        .slice(0, 24)
        .map(
          (label, i) =>
            `${label} ${set.data[i] === null || set.data[i] === undefined ? '—' : numbers.format(set.data[i]!)}`,
        );
      return `${chart.data.datasets.length > 1 ? `${set.label}: ` : ''}${pairs.join('; ')}`;
    })
    .join('. ');
  return t.chartSummary(kind, points);
}

export interface RenderedChart {
  element: HTMLElement;
  destroy(): void;
}

/** Draws the API's Chart.js-shaped chart (`result.chart`); null when it is `none` or empty. */
export function renderChart(chart: ChartData, lang: Lang, t: Messages): RenderedChart | null {
  if (chart.type === 'none' || chart.data.labels.length === 0 || chart.data.datasets.length === 0)
    return null;
  const numbers = numberFormat(lang);
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': summary(chart, t, numbers),
    'data-testid': 'chart',
  });
  const element = h('div', { class: 'chart-box' }, canvas);
  const pie = chart.type === 'pie';
  const instance = new Chart(canvas, {
    type: chart.type,
    data: {
      labels: chart.data.labels,
      datasets: chart.data.datasets.map((set, i) => {
        const colour = PALETTE[i % PALETTE.length]!;
        return {
          label: set.label,
          data: set.data,
          backgroundColor: pie
            ? chart.data.labels.map((_, j) => PALETTE[j % PALETTE.length]!)
            : `${colour}cc`,
          borderColor: pie ? '#ffffff' : colour,
          borderWidth: pie ? 1 : 2,
          tension: 0.2,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 400 },
      locale: lang === 'kk' ? numberFormat(lang).resolvedOptions().locale : lang,
      plugins: {
        legend: { display: pie || chart.data.datasets.length > 1, position: 'bottom' },
        tooltip: { enabled: true },
      },
      ...(pie
        ? {}
        : {
            scales: {
              y: { beginAtZero: true, ticks: { callback: (v) => numbers.format(Number(v)) } },
              x: { ticks: { autoSkip: true, maxRotation: 45 } },
            },
          }),
    },
  });
  return { element, destroy: () => instance.destroy() };
}
