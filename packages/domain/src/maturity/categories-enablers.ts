import { defineCategory } from './model-builders.js';
import type { MaturityCategory } from './model-types.js';

/**
 * The enabler categories (3–5): what makes the disciplines possible. Names follow reference/
 * governance-process.md §2.2, questions and level descriptions §2.4; the wording is Steward's own.
 */

const organization = defineCategory({
  key: 'organization',
  number: 3,
  group: 'enablers',
  name: { en: 'Organizational Structures & Awareness', zh: '组织结构与意识' },
  description: {
    en:
      'Whether the business and IT share responsibility for data, and whether managers at every level accept ' +
      'that governing data is part of their job.',
    zh: '业务与 IT 是否共同承担数据责任，以及各级管理者是否认同数据治理是其本职工作的一部分。',
  },
  levelDescriptions: {
    1: {
      en: "Data is taken to be IT's business, and no governance bodies exist.",
      zh: '默认数据归 IT 管，没有任何治理机构。',
    },
    3: {
      en:
        'Councils work under a charter, owners and stewards are named for every in-scope domain, and ' +
        'communication is regular.',
      zh: '各委员会依章程运作，范围内的每个数据域都指定了所有者和数据管家，并保持定期沟通。',
    },
    5: {
      en:
        'Governance is part of how the organisation runs: the roles appear in job descriptions and objectives, ' +
        'and decisions across units are routine.',
      zh: '治理已成为组织日常运作的一部分：相关角色写入岗位说明和绩效目标，跨部门决策已成常态。',
    },
  },
  categorySignal: 'domain_owner_coverage',
  questions: [
    {
      text: {
        en:
          'Is there an approved charter, with an executive council and a working or stewardship body that meet ' +
          'on a regular schedule?',
        zh: '是否有已批准的治理章程，并设有定期开会的高层委员会以及工作组或数据管家委员会？',
      },
      signal: 'charter_and_councils',
    },
    {
      text: {
        en: 'Do the business and IT share accountability for data, with named owners on the business side?',
        zh: '业务与 IT 是否共同对数据负责，并在业务侧指定了数据所有者？',
      },
      signal: 'domain_owner_coverage',
    },
    {
      text: {
        en:
          'Do the people who create or use in-scope data know the policies and their own part in them, through ' +
          'training and communication?',
        zh: '创建或使用范围内数据的人员是否通过培训和沟通，了解相关政策以及自己在其中的职责？',
      },
    },
    {
      text: {
        en: 'Is governance part of the management processes already in place, such as project gates and architecture reviews?',
        zh: '治理是否已融入现有的管理流程，例如项目关口评审和架构评审？',
      },
    },
  ],
});

const policy = defineCategory({
  key: 'policy',
  number: 4,
  group: 'enablers',
  name: { en: 'Policy', zh: '政策' },
  description: {
    en: 'The written rules for how data should be handled, and how they are drafted, approved, published and enforced.',
    zh: '关于数据应如何处理的成文规定，以及这些规定如何起草、审批、发布和执行。',
  },
  levelDescriptions: {
    1: {
      en: 'Practice is unwritten, or the documents that exist go unused.',
      zh: '做法没有成文，或者已有的文件无人使用。',
    },
    3: {
      en: 'An approved set of policies exists, with standards, a process for exceptions and a review cycle.',
      zh: '有一套已批准的政策，并配有标准、例外处理流程和复审周期。',
    },
    5: {
      en: 'Policies are enforced automatically wherever possible, and trends in exceptions feed their revision.',
      zh: '政策尽可能自动执行，例外情况的变化趋势被用于修订政策。',
    },
  },
  categorySignal: 'policy_rules',
  questions: [
    {
      text: {
        en: 'Are data policies written down, approved, versioned and published in a single place?',
        zh: '数据政策是否成文、经过审批、有版本管理，并集中发布在同一处？',
      },
    },
    {
      text: {
        en: 'Is every policy backed by standards or rules that can be checked, such as quality or access rules?',
        zh: '每项政策是否都有可检查的标准或规则（如数据质量规则、访问规则）作为支撑？',
      },
      signal: 'policy_rules',
    },
    {
      text: {
        en: 'Is compliance with policies monitored, and is each exception recorded with the date it expires?',
        zh: '是否监控政策的遵从情况，并在记录每项例外时注明其到期日？',
      },
      signal: 'policy_exceptions',
    },
    {
      text: { en: 'Are policies reviewed on a fixed cycle?', zh: '政策是否按固定周期复审？' },
    },
  ],
});

const stewardship = defineCategory({
  key: 'stewardship',
  number: 5,
  group: 'enablers',
  name: { en: 'Stewardship', zh: '数据管理职责（数据管家）' },
  description: {
    en:
      "Named people looking after data on the organisation's behalf, controlling its quality so that the asset " +
      'gains in value, risk falls and the data stays under control.',
    zh: '由指定人员代表组织照管数据，通过质量控制提升数据资产的价值、降低风险，并使数据始终处于可控状态。',
  },
  levelDescriptions: {
    1: {
      en: 'There are no stewards, or stewardship relies on heroics.',
      zh: '没有数据管家，或者全靠个人的英雄式付出。',
    },
    3: {
      en: 'Every in-scope domain has stewards with defined duties and queues, and a council takes escalations.',
      zh: '范围内的每个数据域都有数据管家，职责和工作队列明确，并由委员会处理升级事项。',
    },
    5: {
      en:
        'Stewardship is measured, properly resourced and improving; stewards shape the design of processes and ' +
        'systems upstream.',
      zh: '数据管家的工作可度量、资源充足并持续改进；数据管家在上游参与流程和系统的设计。',
    },
  },
  categorySignal: 'stewardship_coverage',
  questions: [
    {
      text: {
        en: 'What share of in-scope domains and critical data elements have a named steward who is active?',
        zh: '范围内的数据域和关键数据元素中，有多大比例指定了在任的数据管家？',
      },
      signal: 'stewardship_coverage',
    },
    {
      text: {
        en: "Are stewards' duties, the time they give and the decisions they may take written down?",
        zh: '数据管家的职责、投入时间和决策权限是否有书面规定？',
      },
    },
    {
      text: {
        en: 'Do stewards work through a queue of issues and reviews within the agreed SLAs?',
        zh: '数据管家是否在约定的 SLA 内处理问题和评审队列？',
      },
      signal: 'sla_breach_rate',
    },
    {
      text: {
        en: 'Is there a stewardship council that settles conflicts between domains?',
        zh: '是否设有数据管家委员会来解决跨数据域的冲突？',
      },
    },
  ],
});

/** Categories 3–5 in order. */
export const enablerCategories: readonly MaturityCategory[] = [organization, policy, stewardship];
