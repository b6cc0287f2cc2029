import { useTranslation } from 'react-i18next';

export interface RadarSeries {
  name: string;
  /** One value per axis (a level from 0 to 5); null leaves a gap at 0. */
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
  /** Filled area under the line (the current level), or only the outline. */
  filled?: boolean;
}

interface MaturityRadarProps {
  axes: readonly { key: string; label: string }[];
  series: readonly RadarSeries[];
  /** The SVG's width and height in pixels. */
  size?: number;
  /** What the chart shows, for screen readers. */
  title: string;
}

const MAX = 5;

/**
 * Levels 1–5 per category as a radar: one ring per level, one axis per category, one polygon per
 * series (current, target, previous). Plain SVG, so it prints as crisply as it shows.
 */
export function MaturityRadar({ axes, series, size = 360, title }: MaturityRadarProps) {
  const { t } = useTranslation('common');
  const padding = 96;
  const center = size / 2;
  const radius = center - padding;
  const angleOf = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / Math.max(axes.length, 1);
  const point = (index: number, level: number) => {
    const angle = angleOf(index);
    const r = (radius * Math.max(0, Math.min(level, MAX))) / MAX;
    return [center + r * Math.cos(angle), center + r * Math.sin(angle)] as const;
  };
  const polygon = (values: readonly (number | null)[]) =>
    values.map((value, index) => point(index, value ?? 0).join(',')).join(' ');

  if (axes.length < 3)
    return (
      <p className="maturity-radar-empty" role="note">
        {t('radar.tooFew')}
      </p>
    );

  return (
    <figure className="maturity-radar" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width="100%"
        style={{ maxWidth: size, overflow: 'visible' }}
        role="img"
        aria-label={title}
      >
        <title>{title}</title>
        {[1, 2, 3, 4, 5].map((level) => (
          <polygon
            key={level}
            points={polygon(axes.map(() => level))}
            fill="none"
            stroke="#d9d9d9"
            strokeWidth={level === MAX ? 1.2 : 0.8}
          />
        ))}
        {axes.map((axis, index) => {
          const [x, y] = point(index, MAX);
          const [lx, ly] = point(index, MAX + 0.9);
          const anchor = Math.abs(lx - center) < 4 ? 'middle' : lx > center ? 'start' : 'end';
          return (
            <g key={axis.key}>
              <line x1={center} y1={center} x2={x} y2={y} stroke="#e8e8e8" />
              <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle" fontSize={11} fill="#595959">
                {axis.label}
              </text>
            </g>
          );
        })}
        {[1, 2, 3, 4, 5].map((level) => {
          const [, y] = point(0, level);
          return (
            <text key={level} x={center + 4} y={y} fontSize={9} fill="#8c8c8c" dominantBaseline="middle">
              {level}
            </text>
          );
        })}
        {series.map((item) => (
          <polygon
            key={item.name}
            points={polygon(item.values)}
            fill={item.filled ? item.color : 'none'}
            fillOpacity={item.filled ? 0.18 : 0}
            stroke={item.color}
            strokeWidth={2}
            strokeDasharray={item.dashed ? '5 4' : undefined}
          />
        ))}
      </svg>
      <figcaption
        className="maturity-radar-legend"
        style={{ display: 'flex', gap: 16, justifyContent: 'center', flexWrap: 'wrap' }}
      >
        {series.map((item) => (
          <span key={item.name} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, fontSize: 12 }}>
            <svg width="18" height="8" aria-hidden>
              <line
                x1="0"
                y1="4"
                x2="18"
                y2="4"
                stroke={item.color}
                strokeWidth="2"
                strokeDasharray={item.dashed ? '4 3' : undefined}
              />
            </svg>
            {item.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
