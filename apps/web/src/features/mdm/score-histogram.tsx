import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProbability } from './score-format';

interface Bin {
  from: number;
  to: number;
  pairs: number;
}

interface ScoreHistogramProps {
  bins: readonly Bin[];
  /** Fellegi–Sunter scores are probabilities (shown as percentages); weighted scores are points. */
  probabilities: boolean;
  autoMerge: number;
  review: number;
  onChange: (thresholds: { autoMerge: number; review: number }) => void;
}

const WIDTH = 800;
const HEIGHT = 220;
const PAD = { left: 8, right: 8, top: 12, bottom: 28 };

/**
 * Scored pairs by score, bars coloured by the band they fall in under the current thresholds,
 * with the two thresholds as lines to drag. Bins are equally wide on screen; a score's position
 * is interpolated within its bin, so the same drawing serves probabilities and points alike.
 */
export function ScoreHistogram({ bins, probabilities, autoMerge, review, onChange }: ScoreHistogramProps) {
  const { t, i18n } = useTranslation('mdm');
  const svg = useRef<SVGSVGElement>(null);
  const [dragging, setDragging] = useState<'autoMerge' | 'review' | null>(null);
  const inner = WIDTH - PAD.left - PAD.right;
  const height = HEIGHT - PAD.top - PAD.bottom;
  const binWidth = inner / Math.max(1, bins.length);
  const tallest = Math.max(1, ...bins.map((bin) => bin.pairs));
  // Square-root heights: a few thousand non-matches must not flatten the handful near the thresholds.
  const barHeight = (pairs: number) =>
    pairs === 0 ? 0 : Math.max(2, (Math.sqrt(pairs) / Math.sqrt(tallest)) * height);

  const xOf = (score: number) => {
    if (bins.length === 0) return PAD.left;
    if (score <= bins[0]!.from) return PAD.left;
    for (const [index, bin] of bins.entries()) {
      if (score < bin.to) return PAD.left + (index + (score - bin.from) / (bin.to - bin.from)) * binWidth;
    }
    return PAD.left + inner;
  };
  const scoreAt = (x: number) => {
    const position = Math.min(bins.length - 1e-9, Math.max(0, (x - PAD.left) / binWidth));
    const bin = bins[Math.floor(position)];
    if (!bin) return 0;
    return bin.from + (position - Math.floor(position)) * (bin.to - bin.from);
  };
  const bandOf = (bin: Bin) => {
    const middle = (bin.from + bin.to) / 2;
    return middle >= autoMerge ? 'auto' : middle >= review ? 'review' : 'none';
  };

  const move = (event: React.PointerEvent<SVGSVGElement>) => {
    if (!dragging || !svg.current) return;
    const box = svg.current.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const value = Number(scoreAt(x).toPrecision(6));
    if (dragging === 'autoMerge') onChange({ autoMerge: Math.max(value, review), review });
    else onChange({ autoMerge, review: Math.min(value, autoMerge) });
  };

  const points = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 4 });
  const format = {
    format: (value: number) => (probabilities ? formatProbability(value, i18n.language) : points.format(value)),
  };
  const line = (which: 'autoMerge' | 'review', value: number, colour: string) => {
    const x = xOf(value);
    return (
      <g
        className="threshold"
        role="slider"
        aria-label={t(`simulation.threshold.${which}`)}
        aria-valuenow={value}
        onPointerDown={(event) => {
          event.currentTarget.ownerSVGElement?.setPointerCapture(event.pointerId);
          setDragging(which);
        }}
      >
        <rect className="handle" x={x - 8} y={PAD.top - 4} width={16} height={height + 8} fill="transparent" />
        <line x1={x} x2={x} y1={PAD.top - 4} y2={PAD.top + height} stroke={colour} />
        <text x={x + 4} y={PAD.top + 8} className="axis" fill={colour}>
          {format.format(value)}
        </text>
      </g>
    );
  };

  const ticks = bins.filter((_, index) => index % Math.max(1, Math.round(bins.length / 8)) === 0);
  return (
    <svg
      ref={svg}
      className="mdm-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('simulation.histogramLabel')}
      onPointerMove={move}
      onPointerUp={() => setDragging(null)}
      onPointerLeave={() => setDragging(null)}
    >
      {bins.map((bin, index) => (
        <rect
          key={bin.from}
          className={`bar ${bandOf(bin)}`}
          x={PAD.left + index * binWidth + 1}
          width={Math.max(1, binWidth - 2)}
          y={PAD.top + height - barHeight(bin.pairs)}
          height={barHeight(bin.pairs)}
        >
          <title>
            {t('simulation.binTitle', { from: format.format(bin.from), to: format.format(bin.to), count: bin.pairs })}
          </title>
        </rect>
      ))}
      <line
        x1={PAD.left}
        x2={PAD.left + inner}
        y1={PAD.top + height}
        y2={PAD.top + height}
        stroke="currentColor"
        opacity={0.3}
      />
      {ticks.map((bin) => (
        <text key={bin.from} x={xOf(bin.from)} y={HEIGHT - 8} className="axis" textAnchor="middle">
          {format.format(bin.from)}
        </text>
      ))}
      {line('review', review, '#d48806')}
      {line('autoMerge', autoMerge, '#389e0d')}
    </svg>
  );
}

/** How many of the scores (strongest first) reach a threshold. */
export function countAtLeast(scores: readonly number[], threshold: number): number {
  let low = 0;
  let high = scores.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (scores[middle]! >= threshold) low = middle + 1;
    else high = middle;
  }
  return low;
}
