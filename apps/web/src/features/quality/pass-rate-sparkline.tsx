import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface Point {
  passRatio: number | null;
  outcome: 'passed' | 'failed' | 'error';
  runAt: string;
}

const WIDTH = 120;
const HEIGHT = 28;

/**
 * The pass rate of a rule's recent runs, oldest to newest, as a small line with a dot per run
 * (red where it failed). Inline SVG: a table row needs a glance, not a charting library.
 */
export function PassRateSparkline({ results }: { results: readonly Point[] }) {
  const { t, i18n } = useTranslation('quality');
  const points = [...results].reverse().filter((result) => result.passRatio != null);
  if (points.length === 0) return <span>{t('history.none')}</span>;
  const step = points.length > 1 ? (WIDTH - 8) / (points.length - 1) : 0;
  const y = (ratio: number) => 4 + (1 - ratio) * (HEIGHT - 8);
  const coordinates = points.map((point, index) => ({ x: 4 + index * step, y: y(point.passRatio!), point }));
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const label = `${t('history.label', { count: points.length })}: ${points.map((point) => format.format(point.passRatio!)).join(', ')}`;
  return (
    <Tooltip title={label}>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={label} data-testid="pass-rate-history">
        <polyline
          fill="none"
          stroke="#8c8c8c"
          strokeWidth={1.5}
          points={coordinates.map((coordinate) => `${coordinate.x},${coordinate.y}`).join(' ')}
        />
        {coordinates.map((coordinate) => (
          <circle
            key={coordinate.point.runAt}
            cx={coordinate.x}
            cy={coordinate.y}
            r={2.5}
            fill={coordinate.point.outcome === 'failed' ? '#cf1322' : '#389e0d'}
          />
        ))}
      </svg>
    </Tooltip>
  );
}
