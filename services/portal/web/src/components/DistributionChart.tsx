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
import { useTranslation } from 'react-i18next';
import { PREDIKATS } from '../domain/predikat';
import type { UnitDistribution } from '../types';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colour-blind-safe palette (Okabe–Ito), one colour per predikat.
const COLOURS = ['#009E73', '#56B4E9', '#E69F00', '#D55E00', '#555555'];

/** A stacked bar per unit: how many staff hold each predikat (lazy chunk: chart.js). */
export default function DistributionChart({
  units,
  label,
}: {
  units: UnitDistribution[];
  label: string;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: units.map((u) => u.unitId),
        datasets: PREDIKATS.map((p, i) => ({
          label: t(`predikat.${p}`),
          data: units.map((u) => u.distribution.find((d) => d.predikat === p)?.count ?? 0),
          backgroundColor: COLOURS[i],
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
    return () => chart.destroy();
  }, [units, t]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
