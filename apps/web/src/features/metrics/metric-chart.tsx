import { useTranslation } from 'react-i18next';
import { type MetricFormat, useMetricFormat } from './metric-format';

interface MetricChartProps {
  /** Oldest first. */
  values: readonly { asOf: string; value: number }[];
  unit: string;
  target: number | null;
  baseline: number | null;
  /** What the chart shows, for screen readers. */
  title: string;
  color?: string;
}

const WIDTH = 760;
const HEIGHT = 260;
const LEFT = 96;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 32;

const dayTime = (asOf: string) => Date.parse(`${asOf}T00:00:00Z`);

/** The drawn range: the values, target and baseline with a margin; shares stay in 0–100 %, counts and days above 0. */
function rangeOf(numbers: number[], unit: string): [number, number] {
  let low = Math.min(...numbers);
  let high = Math.max(...numbers);
  const margin = (high - low) * 0.15 || Math.abs(high) * 0.1 || 1;
  low -= margin;
  high += margin;
  if (unit === 'share' || unit === 'days' || unit === 'count') low = Math.max(0, low);
  if (unit === 'share') high = Math.min(1, high);
  return low === high ? [low - 1, high + 1] : [low, high];
}

/** Round steps (1, 2, 2.5 or 5 times a power of ten) inside the drawn range. */
function ticksOf([low, high]: [number, number], count = 4): number[] {
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step / 1e6; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
}

/** A metric's history on a time axis, with its target (dashed) and baseline (dotted). Plain SVG; it prints. */
export function MetricChart({ values, unit, target, baseline, title, color = '#0b6e69' }: MetricChartProps) {
  const { t } = useTranslation('metrics');
  const format: MetricFormat = useMetricFormat();
  const references = [target, baseline].filter((value): value is number => value !== null);
  const range = rangeOf([...values.map((value) => value.value), ...references], unit);
  const times = values.map((value) => dayTime(value.asOf));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const innerWidth = WIDTH - LEFT - RIGHT;
  const innerHeight = HEIGHT - TOP - BOTTOM;
  const x = (time: number) =>
    last === first ? LEFT + innerWidth : LEFT + (innerWidth * (time - first)) / (last - first);
  const y = (value: number) => TOP + innerHeight - (innerHeight * (value - range[0])) / (range[1] - range[0]);
  const points = values.map((value, index) => `${x(times[index]!).toFixed(1)},${y(value.value).toFixed(1)}`).join(' ');
  const axisDays = values.length > 1 ? [values[0]!, values[values.length - 1]!] : values.slice(0, 1);

  return (
    <figure className="metric-chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title}>
        <title>{title}</title>
        {ticksOf(range).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#f0f0f0" />
            <text x={LEFT - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill="#8c8c8c">
              {format.value(tick, unit)}
            </text>
          </g>
        ))}
        {baseline !== null ? (
          <line
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(baseline)}
            y2={y(baseline)}
            stroke="#bfbfbf"
            strokeDasharray="2 3"
            strokeWidth={1.5}
          />
        ) : null}
        {target !== null ? (
          <line
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(target)}
            y2={y(target)}
            stroke="#595959"
            strokeDasharray="6 4"
            strokeWidth={1.5}
          />
        ) : null}
        {values.length > 1 ? (
          <polyline points={points} fill="none" stroke={color} strokeWidth={2.2} strokeLinejoin="round" />
        ) : null}
        {values.map((value, index) => (
          <circle
            key={value.asOf}
            cx={x(times[index]!)}
            cy={y(value.value)}
            r={values.length > 40 ? 2 : 3.5}
            fill={color}
          >
            <title>{`${format.day(value.asOf)}: ${format.value(value.value, unit)}`}</title>
          </circle>
        ))}
        {axisDays.map((value, index) => (
          <text
            key={value.asOf}
            x={x(dayTime(value.asOf))}
            y={HEIGHT - 8}
            textAnchor={axisDays.length > 1 && index === 0 ? 'start' : 'end'}
            fontSize={11}
            fill="#8c8c8c"
          >
            {format.day(value.asOf)}
          </text>
        ))}
      </svg>
      <figcaption className="metric-chart-legend">
        <span>
          <svg width="20" height="8" aria-hidden>
            <line x1="0" y1="4" x2="20" y2="4" stroke={color} strokeWidth="2.2" />
          </svg>
          {t('chart.values')}
        </span>
        {target !== null ? (
          <span>
            <svg width="20" height="8" aria-hidden>
              <line x1="0" y1="4" x2="20" y2="4" stroke="#595959" strokeWidth="1.5" strokeDasharray="6 4" />
            </svg>
            {t('chart.target', { value: format.value(target, unit) })}
          </span>
        ) : null}
        {baseline !== null ? (
          <span>
            <svg width="20" height="8" aria-hidden>
              <line x1="0" y1="4" x2="20" y2="4" stroke="#bfbfbf" strokeWidth="1.5" strokeDasharray="2 3" />
            </svg>
            {t('chart.baseline', { value: format.value(baseline, unit) })}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
