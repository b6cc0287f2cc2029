import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricDirection } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';

/** The units Steward knows; any other unit is the owner's own text ("EUR", "hours", "score"). */
export const knownUnits = ['share', 'days', 'count'] as const;

export function isShare(unit: string): boolean {
  return unit === 'share';
}

/**
 * A share is stored 0–1 and typed and read as a percentage; every other unit as it is. Rounded so
 * 0.29 does not come back as 28.999999999999996.
 */
export function toInputNumber(value: number | null | undefined, unit: string): number | null {
  if (value === null || value === undefined) return null;
  return isShare(unit) ? Number((value * 100).toFixed(8)) : value;
}

export function fromInputNumber(value: number | null | undefined, unit: string): number | null {
  if (value === null || value === undefined) return null;
  return isShare(unit) ? Number((value / 100).toFixed(10)) : value;
}

/** The day `days` days before today (YYYY-MM-DD, the reader's time zone): where a trend window starts. */
export function daysAgo(days: number, now = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** How a metric's numbers read: by its unit, in the reader's language. */
export function useMetricFormat() {
  const { t, i18n } = useTranslation('metrics');
  const language = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const signedWhole = new Intl.NumberFormat(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

    const value = (amount: number, unit: string): string => {
      if (unit === 'share') return percent.format(amount);
      if (unit === 'days') return t('format.days', { count: amount, value: decimal.format(amount) });
      if (unit === 'count') return whole.format(amount);
      return t('format.custom', { value: decimal.format(amount), unit });
    };
    /** A change between two values: percentage points for a share. */
    const delta = (amount: number, unit: string): string => {
      if (unit === 'share') return t('format.points', { value: signed.format(amount * 100) });
      if (unit === 'days') return t('format.days', { count: Math.abs(amount), value: signed.format(amount) });
      if (unit === 'count') return signedWhole.format(amount);
      return t('format.custom', { value: signed.format(amount), unit });
    };
    /** "≥ 90%" or "≤ 5 days": the target and which side of it is good. */
    const target = (amount: number | null, unit: string, direction: MetricDirection): string =>
      amount === null
        ? t('format.noTarget')
        : t(direction === 'higher_is_better' ? 'format.atLeast' : 'format.atMost', { value: value(amount, unit) });
    const unitName = (unit: string): string =>
      unit === 'share' || unit === 'days' || unit === 'count' ? t(`units.${unit}`) : unit;
    const day = (asOf: string): string => formatDay(asOf, language);
    return { value, delta, target, unitName, day };
  }, [t, language]);
}

export type MetricFormat = ReturnType<typeof useMetricFormat>;
