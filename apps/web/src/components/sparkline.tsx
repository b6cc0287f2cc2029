interface SparklineProps {
  /** Oldest first. */
  values: readonly number[];
  /** Drawn as a dashed line when it falls inside the drawn range (or widens it to fit). */
  target?: number | null;
  /** What the line shows, in words, for screen readers ("Quality pass rate, last 90 days: 50% to 62%"). */
  label: string;
  width?: number;
  height?: number;
  color?: string;
}

const PAD = 3;

/**
 * A word-sized trend: one line, a dot on the newest value, the target as a dashed line. No axes;
 * the numbers around it say what the values are. A single value draws a dot, none draws nothing.
 */
export function Sparkline({ values, target, label, width = 96, height = 28, color = '#0b6e69' }: SparklineProps) {
  const hasTarget = target !== null && target !== undefined && Number.isFinite(target);
  const all = hasTarget ? [...values, target] : [...values];
  if (values.length === 0)
    return (
      <svg width={width} height={height} role="img" aria-label={label} className="sparkline sparkline-empty">
        <title>{label}</title>
        <line
          x1={PAD}
          x2={width - PAD}
          y1={height / 2}
          y2={height / 2}
          stroke="#d9d9d9"
          strokeDasharray="2 3"
          strokeWidth={1}
        />
      </svg>
    );
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || Math.abs(max) || 1;
  const x = (index: number) =>
    values.length === 1 ? width - PAD : PAD + ((width - 2 * PAD) * index) / (values.length - 1);
  // A flat series sits in the middle rather than on the floor.
  const y = (value: number) => (max === min ? height / 2 : height - PAD - ((height - 2 * PAD) * (value - min)) / span);
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  const last = values[values.length - 1]!;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="sparkline"
    >
      <title>{label}</title>
      {hasTarget ? (
        <line
          x1={PAD}
          x2={width - PAD}
          y1={y(target)}
          y2={y(target)}
          stroke="#8c8c8c"
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      ) : null}
      {values.length > 1 ? (
        <polyline
          points={points}
          fill="none"
          stroke={color}
          strokeWidth={1.6}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ) : null}
      <circle cx={x(values.length - 1)} cy={y(last)} r={2.4} fill={color} />
    </svg>
  );
}
