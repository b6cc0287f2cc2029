import { NotFoundError } from '../shared/errors.js';
import { coreCategories } from './categories-core.js';
import { enablerCategories } from './categories-enablers.js';
import { outcomeCategories } from './categories-outcomes.js';
import { supportingCategories } from './categories-supporting.js';
import {
  type MaturityCategory,
  type MaturityCategoryKey,
  type MaturityGroup,
  type MaturityGroupKey,
  type MaturityLevelDefinition,
  type MaturityQuestion,
  maturityCategoryKeys,
} from './model-types.js';

/**
 * The IBM Data Governance Council Maturity Model (2007) as data: 4 groups, 11 categories, the
 * five CMM levels and Steward's questionnaire of 44 questions (reference/governance-process.md
 * §2). Assessments keep only keys (`stewardship`, `Q5.1`, level numbers), so wording may change.
 */

/** The groups in the model's order. Names are sourced; how groups relate is believed [B]. */
export const maturityGroups: readonly MaturityGroup[] = [
  {
    key: 'outcomes',
    name: { en: 'Outcomes', zh: '目标' },
    purpose: {
      en: 'What the program is for: less risk from data and more value from it. The other three groups serve these.',
      zh: '治理项目要达成的结果：降低数据带来的风险，创造数据价值。其余三组都为实现这些结果服务。',
    },
    purposeProvenance: 'sourced',
  },
  {
    key: 'enablers',
    name: { en: 'Enablers', zh: '支持条件' },
    purpose: {
      en:
        'The conditions that make the disciplines possible: an organisation that accepts responsibility for ' +
        'data, written policy, and named stewards.',
      zh: '让各项规程得以开展的前提：愿意为数据承担责任的组织、成文的政策以及指定的数据管家。',
    },
    purposeProvenance: 'believed',
  },
  {
    key: 'core',
    name: { en: 'Core disciplines', zh: '核心规程' },
    purpose: {
      en: 'The day-to-day governance of the data itself: its quality, its lifecycle, and its security and privacy.',
      zh: '直接作用于数据本身的日常治理工作：数据质量、信息生命周期以及安全与隐私。',
    },
    purposeProvenance: 'believed',
  },
  {
    key: 'supporting',
    name: { en: 'Supporting disciplines', zh: '支持规程' },
    purpose: {
      en:
        'The structure and evidence the other disciplines rely on: data architecture, shared definitions and ' +
        'metadata, and audit logs and reporting.',
      zh: '其他规程所依赖的结构与证据：数据架构、统一的定义与元数据，以及审计日志与报告。',
    },
    purposeProvenance: 'believed',
  },
];

/**
 * The five levels, with the CMM names the reference says to use for this model. Names and
 * meanings are sourced in both languages; the meanings are worded by Steward.
 */
export const maturityLevels: readonly MaturityLevelDefinition[] = [
  {
    level: 1,
    name: { en: 'Initial', zh: '初始级' },
    alternativeNameZh: '初始阶段',
    meaning: {
      en: 'Work is ad hoc and rests on individual effort; results are unstable and cannot be repeated.',
      zh: '工作随意开展，依赖个人努力；结果不稳定，无法重复。',
    },
    dmbok: { level: 1, name: 'Initial / Ad hoc' },
    provenance: 'sourced',
  },
  {
    level: 2,
    name: { en: 'Managed', zh: '受管级' },
    alternativeNameZh: '基本管理',
    meaning: {
      en:
        'Some projects follow basic discipline, so success can be repeated there but not yet across the ' +
        'organisation; the risk of overruns remains.',
      zh: '部分项目建立了基本的管理规范，成功可以在这些项目中重复，但尚未推广到整个组织；超支和延期的风险依然存在。',
    },
    dmbok: { level: 2, name: 'Repeatable' },
    provenance: 'sourced',
  },
  {
    level: 3,
    name: { en: 'Defined', zh: '定义级' },
    alternativeNameZh: '定义阶段（主动管理）',
    meaning: {
      en: 'A standard set of processes exists and is tailored for each project or unit; governance acts before problems arise.',
      zh: '建立了一套标准流程，并针对各项目或部门进行裁剪；治理主动开展，而不是被动应对。',
    },
    dmbok: { level: 3, name: 'Defined' },
    provenance: 'sourced',
  },
  {
    level: 4,
    name: { en: 'Quantitatively Managed', zh: '定量管理级' },
    alternativeNameZh: '量化管理',
    meaning: {
      en: 'Processes are measured and steered by numbers, and chosen sub-processes are shown to improve performance.',
      zh: '流程通过量化指标进行度量和控制，选定的子流程被证明能够提升绩效。',
    },
    dmbok: { level: 4, name: 'Managed' },
    provenance: 'sourced',
  },
  {
    level: 5,
    name: { en: 'Optimizing', zh: '优化级' },
    alternativeNameZh: '最佳（持续优化）',
    meaning: {
      en: 'Improvement goals are set in numbers and pursued continually as the goals of the business change.',
      zh: '设定量化的改进目标，并随业务目标的变化持续改进。',
    },
    dmbok: { level: 5, name: 'Optimized' },
    provenance: 'sourced',
  },
];

/** The 11 categories in the model's order, each with its questions. */
export const maturityCategories: readonly MaturityCategory[] = [
  ...outcomeCategories,
  ...enablerCategories,
  ...coreCategories,
  ...supportingCategories,
];

/** All 44 questions, flat, in model order (`Q1.1` … `Q11.4`). */
export const maturityQuestions: readonly MaturityQuestion[] = maturityCategories.flatMap(
  (category) => category.questions,
);

/** Whether a string is one of the 11 category keys. */
export function isMaturityCategoryKey(value: string): value is MaturityCategoryKey {
  return (maturityCategoryKeys as readonly string[]).includes(value);
}

/** The category with this key; throws NotFoundError otherwise (the key may come from a URL). */
export function maturityCategory(key: string): MaturityCategory {
  const category = maturityCategories.find((candidate) => candidate.key === key);
  if (!category) throw new NotFoundError('MaturityCategory', key);
  return category;
}

/** The catalogue question with this key (`Q5.1`); throws NotFoundError otherwise. */
export function maturityQuestion(key: string): MaturityQuestion {
  const question = maturityQuestions.find((candidate) => candidate.key === key);
  if (!question) throw new NotFoundError('MaturityQuestion', key);
  return question;
}

/** The catalogue questions of a category, in order; throws NotFoundError for an unknown key. */
export function questionsOfCategory(key: string): readonly MaturityQuestion[] {
  return maturityCategory(key).questions;
}

/** The categories of a group, in model order; throws NotFoundError for an unknown group. */
export function categoriesOfGroup(key: string): readonly MaturityCategory[] {
  if (!maturityGroups.some((group) => group.key === key)) throw new NotFoundError('MaturityGroup', key);
  return maturityCategories.filter((category) => category.group === (key as MaturityGroupKey));
}

/** The definition of a level; throws NotFoundError outside 1–5. */
export function maturityLevel(level: number): MaturityLevelDefinition {
  const definition = maturityLevels.find((candidate) => candidate.level === level);
  if (!definition) throw new NotFoundError('MaturityLevel', String(level));
  return definition;
}
