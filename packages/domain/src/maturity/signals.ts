import type { BilingualText, MaturityLevel } from './model-types.js';

/**
 * Live signals: metrics Steward computes from its own records that speak to a maturity question
 * or category (reference/governance-process.md §2.4 marks such questions ⚙, §4.2 lists the
 * metrics). The tool turns a signal's value into the level it suggests, so the assessor can
 * confirm or challenge a self-assessed score. Every signal is a share from 0 to 1.
 */
export const maturitySignals = [
  'issue_root_cause',
  'business_value_metrics',
  'charter_and_councils',
  'domain_owner_coverage',
  'policy_rules',
  'policy_exceptions',
  'stewardship_coverage',
  'sla_breach_rate',
  'cde_rule_coverage',
  'quality_rule_trends',
  'quality_pass_rate',
  'pii_classification_coverage',
  'mdm_source_trust',
  'glossary_coverage',
  'ingest_freshness',
  'term_field_links',
  'audit_events',
  'scorecard_publications',
] as const;
export type MaturitySignal = (typeof maturitySignals)[number];

export type SignalDirection = 'higher_is_better' | 'lower_is_better';

/**
 * How a signal's value maps to a level. `thresholds` are the values that reach levels 2, 3, 4
 * and 5: for `higher_is_better` a value at or above a threshold reaches its level; for
 * `lower_is_better` a value at or below it does.
 */
export interface SignalBands {
  direction: SignalDirection;
  thresholds: readonly [number, number, number, number];
}

export interface MaturitySignalDefinition extends SignalBands {
  key: MaturitySignal;
  name: BilingualText;
  /** What the share counts; the time windows are defaults the metric definition may change. */
  measures: BilingualText;
}

/** Coverage shares: below 0.2 → 1, below 0.4 → 2, below 0.6 → 3, below 0.8 → 4, else 5. */
export const defaultShareBands: SignalBands = { direction: 'higher_is_better', thresholds: [0.2, 0.4, 0.6, 0.8] };

/** Quality pass rate: a rate near 80 % still means many failing runs, so the bands sit higher. */
const passRateBands: SignalBands = { direction: 'higher_is_better', thresholds: [0.5, 0.7, 0.85, 0.95] };

/** SLA breaches: above 0.4 → 1, above 0.2 → 2, above 0.1 → 3, above 0.05 → 4, else 5. */
const breachRateBands: SignalBands = { direction: 'lower_is_better', thresholds: [0.4, 0.2, 0.1, 0.05] };

const signal = (
  key: MaturitySignal,
  name: BilingualText,
  measures: BilingualText,
  bands: SignalBands = defaultShareBands,
): MaturitySignalDefinition => ({ key, name, measures, ...bands });

const definitions: readonly MaturitySignalDefinition[] = [
  signal(
    'issue_root_cause',
    { en: 'Issues with a root cause', zh: '已记录根因的问题' },
    {
      en: 'Share of data-quality and access issues resolved in the last 12 months that have a root cause recorded.',
      zh: '过去 12 个月内已解决的数据质量类和访问类问题中，记录了根本原因的比例。',
    },
  ),
  signal(
    'business_value_metrics',
    { en: 'Business-value metrics measured', zh: '已度量的业务价值指标' },
    {
      en: "Share of the program's business-value metrics (cost, revenue, risk, confidence) with a value recorded within their reporting frequency.",
      zh: '项目的业务价值指标（成本、收入、风险、信心）中，在各自报告周期内录入了数值的比例。',
    },
  ),
  signal(
    'charter_and_councils',
    { en: 'Charter and council meetings', zh: '章程与委员会会议' },
    {
      en: 'Zero while the charter is not approved; once it is, the share of council meetings planned for the last 12 months that took place.',
      zh: '章程未获批准时为 0；获批后，为过去 12 个月内计划召开的委员会会议中实际召开的比例。',
    },
  ),
  signal(
    'domain_owner_coverage',
    { en: 'Domains with an owner', zh: '有数据所有者的数据域' },
    {
      en: 'Share of in-scope data domains with an active data owner.',
      zh: '范围内的数据域中，有在任数据所有者的比例。',
    },
  ),
  signal(
    'policy_rules',
    { en: 'Policies backed by rules', zh: '有规则支撑的政策' },
    {
      en: 'Share of approved policies linked to at least one rule that can be checked (a quality or an access rule).',
      zh: '已批准的政策中，至少关联了一条可检查规则（数据质量规则或访问规则）的比例。',
    },
  ),
  signal(
    'policy_exceptions',
    { en: 'Policy exceptions with an expiry', zh: '设有到期日的政策例外' },
    {
      en: 'Share of open policy exceptions that have an expiry date which has not yet passed.',
      zh: '未关闭的政策例外中，设有到期日且尚未过期的比例。',
    },
  ),
  signal(
    'stewardship_coverage',
    { en: 'Stewardship coverage', zh: '数据管家覆盖率' },
    {
      en: 'Share of in-scope data domains with both an active data owner and an active steward.',
      zh: '范围内的数据域中，同时有在任数据所有者和在任数据管家的比例。',
    },
  ),
  signal(
    'sla_breach_rate',
    { en: 'SLA breach rate', zh: 'SLA 超时率' },
    {
      en: 'Share of issues resolved in the last 90 days, or still open, that went past their SLA due date. Lower is better.',
      zh: '过去 90 天内已解决以及仍未关闭的问题中，超过 SLA 截止时间的比例。越低越好。',
    },
    breachRateBands,
  ),
  signal(
    'cde_rule_coverage',
    { en: 'Critical data elements with quality rules', zh: '有质量规则的关键数据元素' },
    {
      en: 'Share of critical data elements (critical columns) with at least one active quality rule.',
      zh: '关键数据元素（关键字段）中，至少有一条启用的数据质量规则的比例。',
    },
  ),
  signal(
    'quality_rule_trends',
    { en: 'Quality rules measured on schedule', zh: '按计划度量的质量规则' },
    {
      en: 'Share of active quality rules with three or more results in the last 90 days, enough to show a trend.',
      zh: '启用的数据质量规则中，过去 90 天内至少有三次执行结果（足以看出趋势）的比例。',
    },
  ),
  signal(
    'quality_pass_rate',
    { en: 'Quality pass rate', zh: '数据质量通过率' },
    {
      en: 'Share of quality rule runs in the last 90 days that met their threshold.',
      zh: '过去 90 天内的数据质量规则执行中，达到阈值的比例。',
    },
    passRateBands,
  ),
  signal(
    'pii_classification_coverage',
    { en: 'Sensitive data classified', zh: '敏感数据分类覆盖率' },
    {
      en: 'Share of columns detected as personal or sensitive data whose classification has been confirmed.',
      zh: '被检测为个人信息或敏感数据的字段中，分类已得到确认的比例。',
    },
  ),
  signal(
    'mdm_source_trust',
    { en: 'Trusted sources named', zh: '已指定可信来源' },
    {
      en: 'Share of in-scope master-data attributes whose active golden-record policy names a trusted source for them.',
      zh: '范围内的主数据属性中，其生效的黄金记录策略为之指定了可信来源的比例。',
    },
  ),
  signal(
    'glossary_coverage',
    { en: 'Glossary coverage', zh: '业务术语覆盖率' },
    {
      en: 'Share of critical columns with a confirmed assignment to an approved glossary term.',
      zh: '关键字段中，已通过确认的关联对应到已批准业务术语的比例。',
    },
  ),
  signal(
    'ingest_freshness',
    { en: 'Metadata freshness', zh: '元数据新鲜度' },
    {
      en: 'Share of in-scope sources whose metadata was last harvested successfully within the last 7 days.',
      zh: '范围内的数据源中，最近一次成功采集元数据在 7 天以内的比例。',
    },
  ),
  signal(
    'term_field_links',
    { en: 'Terms linked to fields', zh: '已关联字段的术语' },
    {
      en: 'Share of approved glossary terms with at least one confirmed assignment to a physical field.',
      zh: '已批准的业务术语中，至少有一条已确认的关联指向物理字段的比例。',
    },
  ),
  signal(
    'audit_events',
    { en: 'Audited changes', zh: '有审计记录的变更' },
    {
      en: 'Share of changes to governed records in the last 90 days that carry an audit event naming who made them. It speaks only to records Steward holds.',
      zh: '过去 90 天内对受治理记录的变更中，带有注明操作人的审计事件的比例。该指标只反映 Steward 中保存的记录。',
    },
  ),
  signal(
    'scorecard_publications',
    { en: 'Scorecards published on time', zh: '按时发布的记分卡' },
    {
      en: "Share of the sponsor reports due in the last 12 months, by the program's reporting cadence, that were published on time.",
      zh: '按项目的报告周期，过去 12 个月内应向发起人提交的报告中，按时发布的比例。',
    },
  ),
];

/** Every signal's definition, by key. */
export const maturitySignalDefinitions = Object.fromEntries(
  definitions.map((definition) => [definition.key, definition]),
) as Readonly<Record<MaturitySignal, MaturitySignalDefinition>>;

/** The level a value suggests under the given bands; null when there is no usable value. */
export function suggestLevel(value: number | null, bands: SignalBands): MaturityLevel | null {
  if (value === null || !Number.isFinite(value)) return null;
  const reached = bands.thresholds.filter((threshold) =>
    bands.direction === 'higher_is_better' ? value >= threshold : value <= threshold,
  ).length;
  return (1 + reached) as MaturityLevel;
}

/** The level a signal's value suggests under that signal's own bands. */
export function suggestLevelForSignal(signal: MaturitySignal, value: number | null): MaturityLevel | null {
  return suggestLevel(value, maturitySignalDefinitions[signal]);
}

/**
 * How far a self-assessed score may sit from the level the data suggests before Steward flags
 * it. Category scores are fractional, so 1.5 rather than 2: a strict 2 would let a 3.1 pass
 * against a suggested 5. On whole question levels it is the same as "2 or more".
 */
export const SIGNAL_DISAGREEMENT_THRESHOLD = 1.5;

export interface SignalComparison {
  /** Self-assessed minus suggested, to one decimal: positive when people rate higher than the data. */
  difference: number | null;
  hasDisagreement: boolean;
}

/** Compares a self-assessed score (a question level or a category score) with a suggested level. */
export function compareWithSignal(selfAssessed: number | null, suggested: MaturityLevel | null): SignalComparison {
  if (selfAssessed === null || suggested === null) return { difference: null, hasDisagreement: false };
  const difference = Math.round((selfAssessed - suggested) * 10) / 10;
  return { difference, hasDisagreement: Math.abs(difference) >= SIGNAL_DISAGREEMENT_THRESHOLD };
}
