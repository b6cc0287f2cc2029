import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type {
  BlockingTransform,
  ComparatorKind,
  DateUnit,
  PolicyScoring,
  PolicyVersionFieldsFragment,
  Standardiser,
  SurvivorshipRule,
} from '../../gql/graphql';

export type PolicyVersionData = PolicyVersionFieldsFragment;
export type PolicyData = PolicyVersionData['policy'];

/** A level as the form holds it: absent numbers are `undefined`, never `null`. */
export interface LevelValues {
  label: string;
  minSimilarity?: number;
  maxDifference?: number;
  m?: number;
  u?: number;
  weight?: number;
}

export interface ComparisonValues {
  attribute: string;
  comparator: ComparatorKind;
  unit?: DateUnit;
  levels: LevelValues[];
  otherwise: Omit<LevelValues, 'minSimilarity' | 'maxDifference'>;
}

/** The form mirrors GoldenRecordPolicyInput under `policy`, so server field paths land as they are. */
export interface PolicyFormValues {
  note?: string;
  policy: {
    scoring: PolicyScoring;
    priorMatchRate: number;
    autoMergeThreshold: number;
    reviewThreshold: number;
    maxClusterSize: number;
    attributes: { name: string; label?: string; standardise: Standardiser[] }[];
    blocking: { keys: { attribute: string; transform: BlockingTransform }[] }[];
    comparisons: ComparisonValues[];
    survivorship: { attribute: string; rules: SurvivorshipRule[] }[];
    sources: { name: string; priority: number; maxTrust: number; minTrust: number; decayDays: number }[];
  };
}

export const standardisers: Standardiser[] = [
  'trim',
  'lowercase',
  'collapse_whitespace',
  'strip_punctuation',
  'strip_diacritics',
  'digits_only',
  'iso_date',
  'address_abbreviations',
  'email',
];
export const blockingTransforms: BlockingTransform[] = [
  'exact',
  'soundex',
  'double_metaphone',
  'prefix_1',
  'prefix_3',
  'prefix_5',
  'year',
  'sorted_tokens',
  'digits',
];
export const comparators: ComparatorKind[] = [
  'exact',
  'jaro_winkler',
  'levenshtein',
  'damerau_levenshtein',
  'token_set',
  'numeric',
  'date',
  'phonetic',
];
export const survivorshipRules: SurvivorshipRule[] = [
  'source_priority',
  'trust',
  'most_recent',
  'most_frequent',
  'most_common_in_data',
  'most_complete',
  'longest',
  'min',
  'max',
  'union',
];
export const dateUnits: DateUnit[] = ['days', 'months', 'years'];

/** Numeric and date comparators grade by largest difference; the rest by least similarity. */
export function measuresDifference(comparator: ComparatorKind | undefined): boolean {
  return comparator === 'numeric' || comparator === 'date';
}

/** The Fellegi–Sunter weight of a level, log₂(m/u); null while either is missing or out of range. */
export function weightOf(m: number | null | undefined, u: number | null | undefined): number | null {
  if (typeof m !== 'number' || typeof u !== 'number' || m <= 0 || u <= 0) return null;
  return Math.log2(m / u);
}

/** A label and a small question mark that explains it. */
export function HelpLabel({ label, help }: { label: ReactNode; help: ReactNode }) {
  return (
    <Flex gap={6} align="center" component="span">
      {label}
      <Tooltip title={help}>
        <QuestionCircleOutlined className="policy-help-icon" aria-label={typeof help === 'string' ? help : undefined} />
      </Tooltip>
    </Flex>
  );
}

interface PolicySectionProps {
  id: string;
  title: ReactNode;
  /** One or two sentences: what this part of the policy decides. */
  help: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}

/** One section of the policy: a card the side navigation can jump to. */
export function PolicySection({ id, title, help, extra, children }: PolicySectionProps) {
  return (
    <Card id={id} title={title} extra={extra} className="policy-section">
      <Typography.Paragraph type="secondary" className="policy-section-help">
        {help}
      </Typography.Paragraph>
      {children}
    </Card>
  );
}

/** The name an architect knows an attribute by: its label where the domain gives one. */
export function attributeLabeller(attributes: readonly { name: string; label: string | null }[]) {
  const labels = new Map(attributes.map((attribute) => [attribute.name, attribute.label || attribute.name]));
  return (name: string) => labels.get(name) ?? name;
}
