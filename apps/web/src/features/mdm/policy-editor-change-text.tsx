import { useTranslation } from 'react-i18next';
import type { PolicyChangesQuery } from '../../gql/graphql';

/** One difference between two versions, as the server words it (before and after are JSON). */
export type PolicyChange = Extract<
  PolicyChangesQuery['policyChanges'],
  { __typename: 'PolicyChangesSuccess' }
>['data'][number];

type Json = Record<string, unknown>;

const record = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const isNumber = (value: unknown): value is number => typeof value === 'number';
const formatNumber = (value: unknown): string =>
  isNumber(value) ? value.toLocaleString(undefined, { maximumFractionDigits: 6 }) : '—';

/** The server names scalar items in English; the screen says them in the page's language. */
const scalarItems: Record<string, 'scoring' | 'prior' | 'autoMerge' | 'review' | 'maxCluster'> = {
  'scoring method': 'scoring',
  'prior match rate': 'prior',
  'auto-merge threshold': 'autoMerge',
  'review threshold': 'review',
  'largest cluster': 'maxCluster',
};

/**
 * Turns one policy change (before and after as JSON) into words: what it is about, and a
 * one-line or few-line summary of the difference. Never shows the JSON itself.
 */
export function useChangeText(labelOf: (name: string) => string) {
  const { t } = useTranslation('mdmPolicy');

  const enumLabel = (prefix: 'standardiser' | 'rule' | 'comparator' | 'transform', value: unknown) =>
    text(value) ? t(`${prefix}.${text(value)}.label` as 'standardiser.trim.label', { defaultValue: text(value) }) : '';
  const passText = (pass: unknown) =>
    list(record(pass).keys)
      .map((key) =>
        t('changes.keyPart', {
          transform: enumLabel('transform', record(key).transform || 'exact'),
          attribute: labelOf(text(record(key).attribute)),
        }),
      )
      .join(' + ');
  const levelText = (level: unknown, comparator: unknown) => {
    const values = record(level);
    const numeric = comparator === 'numeric' || comparator === 'date';
    const threshold = numeric ? values.maxDifference : values.minSimilarity;
    const score = isNumber(values.weight)
      ? t('changes.points', { value: formatNumber(values.weight) })
      : t('changes.mu', { m: formatNumber(values.m), u: formatNumber(values.u) });
    const bound = isNumber(threshold)
      ? numeric
        ? t('changes.atMost', { value: formatNumber(threshold) })
        : t('changes.atLeast', { value: formatNumber(threshold) })
      : '';
    return [text(values.label), bound, score].filter(Boolean).join(' ');
  };
  const comparisonText = (comparison: unknown) => {
    const values = record(comparison);
    const levels = list(values.levels).map((level) => levelText(level, values.comparator));
    const otherwise = t('changes.otherwise', { level: levelText(values.otherwise, values.comparator) });
    return [enumLabel('comparator', values.comparator), ...levels, otherwise];
  };
  const sourceText = (source: unknown) => {
    const values = record(source);
    return t('changes.source', {
      priority: formatNumber(values.priority),
      maxTrust: formatNumber(values.maxTrust),
      minTrust: formatNumber(values.minTrust),
      days: formatNumber(values.decayDays),
    });
  };

  const scalarText = (value: unknown) =>
    value === 'fellegi_sunter' || value === 'weighted' ? t(`scoring.${value}.label`) : formatNumber(value);

  const sourceDifference = (change: PolicyChange) => {
    const before = record(change.before);
    const after = record(change.after);
    return (['priority', 'maxTrust', 'minTrust', 'decayDays'] as const)
      .filter((key) => before[key] !== after[key])
      .map((key) => `${t(`sources.${key}`)}: ${formatNumber(before[key])} → ${formatNumber(after[key])}`)
      .join(' · ');
  };

  /** The thing that changed: an attribute's name, a blocking pass's keys, a threshold's name. */
  const itemOf = (change: PolicyChange): string => {
    const subject = record(change.after ?? change.before);
    switch (change.section) {
      case 'attributes':
        return labelOf(text(subject.name));
      case 'blocking':
        return passText(subject);
      case 'comparisons':
      case 'survivorship':
        return labelOf(text(subject.attribute));
      case 'sources':
        return text(subject.name);
      default: {
        const key = scalarItems[change.item];
        return key ? t(`changes.items.${key}`) : change.item;
      }
    }
  };

  /** Lines describing one side of the change (or the whole difference, for scalars). */
  const sideOf = (section: string, value: unknown): string[] => {
    switch (section) {
      case 'attributes': {
        const steps = list(record(value).standardise).map((item) => enumLabel('standardiser', item));
        return [steps.length ? steps.join(' → ') : t('changes.noStandardiser')];
      }
      case 'blocking':
        return [passText(value)];
      case 'comparisons':
        return comparisonText(value);
      case 'survivorship':
        return [
          list(record(value).rules)
            .map((rule) => enumLabel('rule', rule))
            .join(' → '),
        ];
      case 'sources':
        return [sourceText(value)];
      default:
        return [scalarText(value)];
    }
  };

  /** A short before → after for scalars; before and after line lists for everything else. */
  const describe = (change: PolicyChange): { inline?: string; before?: string[]; after?: string[] } => {
    const scalar = !['attributes', 'blocking', 'comparisons', 'survivorship', 'sources'].includes(change.section);
    if (scalar) return { inline: `${scalarText(change.before)} → ${scalarText(change.after)}` };
    // A blocking pass is named by its keys: the item already says everything.
    if (change.section === 'blocking') return {};
    if (change.section === 'sources' && change.kind === 'changed') return { inline: sourceDifference(change) };
    if (change.kind === 'added') return { after: sideOf(change.section, change.after) };
    if (change.kind === 'removed') return { before: sideOf(change.section, change.before) };
    const before = sideOf(change.section, change.before);
    const after = sideOf(change.section, change.after);
    // Long summaries (comparisons): keep only the lines that differ, so the change stands out.
    return {
      before: before.filter((line) => !after.includes(line)),
      after: after.filter((line) => !before.includes(line)),
    };
  };

  return { itemOf, describe };
}
