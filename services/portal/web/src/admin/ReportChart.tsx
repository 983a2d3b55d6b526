import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { ReportTable } from './reports';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colour-blind-safe (Okabe–Ito), then greys for the 9-box's extra series.
const COLOURS = [
  '#009E73',
  '#56B4E9',
  '#E69F00',
  '#D55E00',
  '#555555',
  '#0072B2',
  '#CC79A7',
  '#F0E442',
  '#999999',
];

/** Stacked bars of a report's series per category (lazy chunk: chart.js). */
export default function ReportChart({
  chart,
  label,
}: {
  chart: ReportTable['chart'];
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const instance = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: chart.categories,
        datasets: chart.series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
    return () => instance.destroy();
  }, [chart]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
