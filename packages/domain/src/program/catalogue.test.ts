import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import {
  CHARTER_DELIVERABLE,
  catalogueCriteria,
  catalogueDeliverable,
  catalogueStep,
  criterionKeys,
  processCatalogue,
} from './catalogue.js';
import type { CatalogueStep } from './catalogue-types.js';

// Every `ECn.m` key of reference/governance-process.md §1.3. The reference has 53, not 55.
const referenceCriterionKeys = [
  ['EC1.1', 'EC1.2', 'EC1.3', 'EC1.4'],
  ['EC2.1', 'EC2.2', 'EC2.3', 'EC2.4'],
  ['EC3.1', 'EC3.2', 'EC3.3', 'EC3.4'],
  ['EC4.1', 'EC4.2', 'EC4.3', 'EC4.4'],
  ['EC5.1', 'EC5.2', 'EC5.3', 'EC5.4', 'EC5.5'],
  ['EC6.1', 'EC6.2', 'EC6.3', 'EC6.4'],
  ['EC7.1', 'EC7.2', 'EC7.3', 'EC7.4'],
  ['EC8.1', 'EC8.2', 'EC8.3', 'EC8.4'],
  ['EC9.1', 'EC9.2', 'EC9.3'],
  ['EC10.1', 'EC10.2', 'EC10.3', 'EC10.4'],
  ['EC11.1', 'EC11.2', 'EC11.3'],
  ['EC12.1', 'EC12.2', 'EC12.3'],
  ['EC13.1', 'EC13.2', 'EC13.3'],
  ['EC14.1', 'EC14.2', 'EC14.3', 'EC14.4'],
].flat();

// The Chinese names the sources give (reference §1.1); the others are the reference's renderings.
const sourcedChineseNames = {
  1: '定义业务问题',
  2: '获取高层支持',
  3: '执行成熟度评估',
  10: '主数据治理',
  11: '分析治理',
  12: '安全和隐私',
  13: '信息生命周期治理',
} as const;

/** Every piece of text in a step, labelled so a failure says where it is. */
const textsOf = (step: CatalogueStep): [string, string][] => [
  [`${step.number} name.en`, step.name.en],
  [`${step.number} name.zh`, step.name.zh],
  [`${step.number} purpose`, step.purpose.text],
  ...step.subSteps.map((item): [string, string] => [item.key, item.text]),
  ...step.checklist.map((item): [string, string] => [item.key, item.text]),
  ...step.deliverables.map((item, index): [string, string] => [`${step.number} deliverable ${index}`, item.text]),
  ...step.roles.map((item, index): [string, string] => [`${step.number} role ${index}`, item.text]),
  ...step.criteria.map((item): [string, string] => [item.key, item.text]),
];

describe('processCatalogue', () => {
  it('has the 14 steps numbered 1 to 14 in order', () => {
    expect(processCatalogue.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('makes steps 10–13 the optional tracks and every other step required', () => {
    for (const step of processCatalogue) {
      expect(step.kind, `step ${step.number}`).toBe(step.number >= 10 && step.number <= 13 ? 'track' : 'required');
    }
  });

  it('lets only step 14 recur', () => {
    expect(processCatalogue.filter((step) => step.recurring).map((step) => step.number)).toEqual([14]);
  });

  it('gives every step a purpose, a checklist item, a deliverable, a role and a criterion', () => {
    for (const step of processCatalogue) {
      expect(step.purpose.text, `step ${step.number}`).not.toBe('');
      expect(step.checklist.length, `step ${step.number} checklist`).toBeGreaterThan(0);
      expect(step.deliverables.length, `step ${step.number} deliverables`).toBeGreaterThan(0);
      expect(step.roles.length, `step ${step.number} roles`).toBeGreaterThan(0);
      expect(step.criteria.length, `step ${step.number} criteria`).toBeGreaterThan(0);
    }
  });

  it('has no empty text and no text with leading or trailing spaces', () => {
    for (const [where, text] of processCatalogue.flatMap(textsOf)) {
      expect(text, where).not.toBe('');
      expect(text, where).toBe(text.trim());
    }
  });

  it('uses the Chinese names the sources give for steps 1–3 and the tracks', () => {
    for (const [number, zh] of Object.entries(sourcedChineseNames)) {
      expect(catalogueStep(Number(number)).name.zh).toBe(zh);
    }
  });

  it('keys checklist items <step>.a, <step>.b … in order, so they are unique per step', () => {
    for (const step of processCatalogue) {
      const expected = step.checklist.map((_, index) => `${step.number}.${String.fromCharCode(97 + index)}`);
      expect(step.checklist.map((item) => item.key)).toEqual(expected);
    }
  });

  it('keys deliverables D<step>.<n> in order, and finds the charter as step 5 approved by a sponsor', () => {
    for (const step of processCatalogue) {
      expect(step.deliverables.map((item) => item.key)).toEqual(
        step.deliverables.map((_, index) => `D${step.number}.${index + 1}`),
      );
    }
    expect(catalogueDeliverable(CHARTER_DELIVERABLE)).toMatchObject({ step: 5, approver: 'executive_sponsor' });
    expect(catalogueDeliverable('D99.1')).toBeUndefined();
  });

  it('keys sub-steps <step>.<n> under their own step, and keeps only the sourced ones of steps 2 and 3', () => {
    const subSteps = processCatalogue.flatMap((step) => step.subSteps.map((item) => ({ step: step.number, item })));
    for (const { step, item } of subSteps) expect(item.key.startsWith(`${step}.`), item.key).toBe(true);
    expect(subSteps.map(({ item }) => item.key)).toEqual(['2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5']);
    expect(subSteps.every(({ item }) => item.provenance === 'sourced')).toBe(true);
  });

  it('marks every checklist item and every criterion as a suggestion, as the reference tags them [T]', () => {
    for (const step of processCatalogue) {
      for (const item of [...step.checklist, ...step.criteria]) expect(item.provenance, item.key).toBe('suggested');
    }
  });

  it('takes the name provenance from the reference: English names of step 1 and the tracks are sourced', () => {
    const sourcedNames = processCatalogue
      .filter((step) => step.nameProvenance === 'sourced')
      .map((step) => step.number);
    expect(sourcedNames).toEqual([1, 10, 11, 12, 13]);
  });
});

describe('exit criteria', () => {
  it('are exactly the keys of the reference, in order and unique', () => {
    expect(criterionKeys).toEqual(referenceCriterionKeys);
    expect(new Set(criterionKeys).size).toBe(criterionKeys.length);
  });

  it('follow EC<step>.<n> with the number of the step they belong to', () => {
    for (const step of processCatalogue) {
      step.criteria.forEach((criterion, index) => {
        expect(criterion.key).toBe(`EC${step.number}.${index + 1}`);
      });
    }
  });

  it('are listed flat with their step', () => {
    expect(catalogueCriteria).toHaveLength(referenceCriterionKeys.length);
    for (const criterion of catalogueCriteria) expect(criterion.key.startsWith(`EC${criterion.step}.`)).toBe(true);
  });

  it('carry sensible thresholds: shares in (0, 1], other units positive whole numbers', () => {
    for (const { key, threshold } of catalogueCriteria) {
      if (!threshold) continue;
      if (threshold.unit === 'share') expect(threshold.value > 0 && threshold.value <= 1, key).toBe(true);
      else expect(Number.isInteger(threshold.value) && threshold.value > 0, key).toBe(true);
    }
  });

  it('keep the configurable defaults of the reference', () => {
    const thresholdOf = (key: string) => catalogueCriteria.find((criterion) => criterion.key === key)?.threshold;
    expect(thresholdOf('EC2.2')).toEqual({ value: 3, unit: 'count' });
    expect(thresholdOf('EC4.3')).toEqual({ value: 90, unit: 'days' });
    expect(thresholdOf('EC6.3')).toEqual({ value: 10, unit: 'days' });
    expect(thresholdOf('EC6.4')).toEqual({ value: 20, unit: 'characters' });
    expect(thresholdOf('EC7.2')).toEqual({ value: 0.8, unit: 'share' });
    expect(thresholdOf('EC14.3')).toEqual({ value: 365, unit: 'days' });
  });
});

describe('catalogueStep', () => {
  it('returns the step with that number', () => {
    expect(catalogueStep(6).name.en).toBe('Build the data dictionary (business glossary)');
  });

  it.each([0, 15, 2.5])('throws NotFoundError for %s', (number) => {
    expect(() => catalogueStep(number)).toThrow(NotFoundError);
  });
});
