import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import {
  categoriesOfGroup,
  isMaturityCategoryKey,
  maturityCategories,
  maturityCategory,
  maturityGroups,
  maturityLevel,
  maturityLevels,
  maturityQuestion,
  maturityQuestions,
  questionsOfCategory,
} from './model.js';
import { type BilingualText, maturityCategoryKeys, maturityGroupKeys } from './model-types.js';
import { maturitySignalDefinitions, maturitySignals } from './signals.js';

// The English names the sources give (reference/governance-process.md §2.2), in order.
const referenceCategoryNames = [
  'Data Risk Management & Compliance',
  'Value Creation',
  'Organizational Structures & Awareness',
  'Policy',
  'Stewardship',
  'Data Quality Management',
  'Information Lifecycle Management',
  'Information Security & Privacy',
  'Data Architecture',
  'Classification & Metadata',
  'Audit Information, Logging & Reporting',
];

// The questions the reference marks ⚙, with the signal Steward gives each.
const expectedQuestionSignals = {
  'Q1.3': 'issue_root_cause',
  'Q2.2': 'business_value_metrics',
  'Q3.1': 'charter_and_councils',
  'Q3.2': 'domain_owner_coverage',
  'Q4.2': 'policy_rules',
  'Q4.3': 'policy_exceptions',
  'Q5.1': 'stewardship_coverage',
  'Q5.3': 'sla_breach_rate',
  'Q6.1': 'cde_rule_coverage',
  'Q6.2': 'quality_rule_trends',
  'Q6.3': 'issue_root_cause',
  'Q8.1': 'pii_classification_coverage',
  'Q9.2': 'mdm_source_trust',
  'Q10.1': 'glossary_coverage',
  'Q10.2': 'ingest_freshness',
  'Q10.3': 'term_field_links',
  'Q11.1': 'audit_events',
  'Q11.2': 'scorecard_publications',
};

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Every bilingual text of the model, labelled so a failure says where it is. */
const allTexts = (): [string, BilingualText][] => [
  ...maturityGroups.flatMap((group): [string, BilingualText][] => [
    [`${group.key} name`, group.name],
    [`${group.key} purpose`, group.purpose],
  ]),
  ...maturityLevels.flatMap((level): [string, BilingualText][] => [
    [`level ${level.level} name`, level.name],
    [`level ${level.level} meaning`, level.meaning],
  ]),
  ...maturityCategories.flatMap((category): [string, BilingualText][] => [
    [`${category.key} name`, category.name],
    [`${category.key} description`, category.description],
    ...([1, 3, 5] as const).map((level): [string, BilingualText] => [
      `${category.key} L${level}`,
      category.levelDescriptions[level],
    ]),
  ]),
  ...maturityQuestions.map((question): [string, BilingualText] => [question.key, question.text]),
  ...Object.values(maturitySignalDefinitions).flatMap((signal): [string, BilingualText][] => [
    [`${signal.key} name`, signal.name],
    [`${signal.key} measures`, signal.measures],
  ]),
];

describe('maturity groups and categories', () => {
  it('has the 4 groups in order', () => {
    expect(maturityGroups.map((group) => group.key)).toEqual([...maturityGroupKeys]);
    expect(maturityGroups.map((group) => group.name.zh)).toEqual(['目标', '支持条件', '核心规程', '支持规程']);
  });

  it('has the 11 categories numbered 1–11 in order, with the sourced English names', () => {
    expect(maturityCategories.map((category) => category.key)).toEqual([...maturityCategoryKeys]);
    expect(maturityCategories.map((category) => category.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(maturityCategories.map((category) => category.name.en)).toEqual(referenceCategoryNames);
  });

  it('puts 2 categories in outcomes and 3 in each other group', () => {
    const counts = Object.fromEntries(maturityGroupKeys.map((key) => [key, categoriesOfGroup(key).length]));
    expect(counts).toEqual({ outcomes: 2, enablers: 3, core: 3, supporting: 3 });
    expect(categoriesOfGroup('outcomes').map((category) => category.key)).toEqual(['risk', 'value']);
  });

  it('tags provenance as the reference does: names [S], Chinese renderings [T], descriptions [B]', () => {
    for (const category of maturityCategories) {
      expect(category.nameProvenance, category.key).toEqual({ en: 'sourced', zh: 'suggested' });
      expect(category.descriptionProvenance, category.key).toBe('believed');
    }
    expect(maturityGroups.map((group) => group.purposeProvenance)).toEqual([
      'sourced',
      'believed',
      'believed',
      'believed',
    ]);
  });

  it('describes levels 1, 3 and 5 of every category in both languages', () => {
    for (const category of maturityCategories) {
      expect(Object.keys(category.levelDescriptions).sort(), category.key).toEqual(['1', '3', '5']);
      for (const text of Object.values(category.levelDescriptions)) expect(hasHan(text.zh), category.key).toBe(true);
    }
  });

  it('gives the issue 8 categories their live signal', () => {
    expect(maturityCategory('stewardship').categorySignal).toBe('stewardship_coverage');
    expect(maturityCategory('quality').categorySignal).toBe('quality_pass_rate');
    expect(maturityCategory('metadata').categorySignal).toBe('glossary_coverage');
    expect(maturityCategory('lifecycle').categorySignal).toBeNull();
  });
});

describe('maturity levels', () => {
  it('has the five CMM levels with their names', () => {
    expect(maturityLevels.map((level) => [level.level, level.name.en])).toEqual([
      [1, 'Initial'],
      [2, 'Managed'],
      [3, 'Defined'],
      [4, 'Quantitatively Managed'],
      [5, 'Optimizing'],
    ]);
    expect(maturityLevels.map((level) => level.name.zh)).toEqual([
      '初始级',
      '受管级',
      '定义级',
      '定量管理级',
      '优化级',
    ]);
  });

  it('maps CMM Managed to DMBOK Repeatable and Quantitatively Managed to DMBOK Managed', () => {
    expect(maturityLevel(2).dmbok).toEqual({ level: 2, name: 'Repeatable' });
    expect(maturityLevel(4).dmbok).toEqual({ level: 4, name: 'Managed' });
    for (const level of maturityLevels) expect(level.dmbok.level).toBe(level.level);
  });

  it.each([0, 6, 2.5])('throws NotFoundError for level %s', (level) => {
    expect(() => maturityLevel(level)).toThrow(NotFoundError);
  });
});

describe('maturity questionnaire', () => {
  it('has 44 questions, 4 per category, keyed Q<category>.<n> in order and unique', () => {
    expect(maturityQuestions).toHaveLength(44);
    for (const category of maturityCategories) {
      expect(category.questions.map((question) => question.key)).toEqual(
        [1, 2, 3, 4].map((n) => `Q${category.number}.${n}`),
      );
      for (const question of category.questions) expect(question.category).toBe(category.key);
    }
    expect(new Set(maturityQuestions.map((question) => question.key)).size).toBe(44);
    expect(maturityQuestions[0]?.key).toBe('Q1.1');
    expect(maturityQuestions[43]?.key).toBe('Q11.4');
  });

  it('has a Chinese translation of every question, and marks every question as a suggestion', () => {
    for (const question of maturityQuestions) {
      expect(hasHan(question.text.zh), question.key).toBe(true);
      expect(question.text.en.endsWith('?'), question.key).toBe(true);
      expect(question.provenance, question.key).toBe('suggested');
    }
  });

  it('gives a signal to exactly the questions the reference marks ⚙', () => {
    const withSignal = Object.fromEntries(
      maturityQuestions
        .filter((question) => question.signal !== null)
        .map((question) => [question.key, question.signal]),
    );
    expect(withSignal).toEqual(expectedQuestionSignals);
  });

  it('uses only signals of the MaturitySignal set, and uses every one of them', () => {
    const used = new Set([
      ...maturityQuestions.map((question) => question.signal),
      ...maturityCategories.map((category) => category.categorySignal),
    ]);
    used.delete(null);
    expect([...used].sort()).toEqual([...maturitySignals].sort());
  });

  it('has no empty text and no text with leading or trailing spaces', () => {
    for (const [where, text] of allTexts()) {
      for (const value of [text.en, text.zh]) {
        expect(value, where).not.toBe('');
        expect(value, where).toBe(value.trim());
      }
    }
  });
});

describe('look-ups', () => {
  it('finds categories and questions by key', () => {
    expect(maturityCategory('stewardship').number).toBe(5);
    expect(maturityQuestion('Q5.1').signal).toBe('stewardship_coverage');
    expect(questionsOfCategory('audit').map((question) => question.key)).toEqual(['Q11.1', 'Q11.2', 'Q11.3', 'Q11.4']);
    expect(isMaturityCategoryKey('risk')).toBe(true);
    expect(isMaturityCategoryKey('Risk')).toBe(false);
  });

  it('throws NotFoundError for unknown keys', () => {
    expect(() => maturityCategory('finance')).toThrow(NotFoundError);
    expect(() => maturityQuestion('Q12.1')).toThrow(NotFoundError);
    expect(() => maturityQuestion('Q5.C1')).toThrow(NotFoundError);
    expect(() => questionsOfCategory('finance')).toThrow(NotFoundError);
    expect(() => categoriesOfGroup('other')).toThrow(NotFoundError);
  });
});
