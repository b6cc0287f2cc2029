/**
 * A match probability as people read it: "50 %", "99.9 %", "99.9999 %" — as many decimals as it
 * takes not to round a near-certain match up to 100 %.
 */
export function formatProbability(value: number, language: string): string {
  const decimals =
    value >= 0.99 && value < 1 ? Math.min(6, Math.max(1, Math.ceil(-Math.log10(1 - value)) - 1)) : value < 0.01 ? 2 : 0;
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  }).format(value);
}
