import { defineCategory } from './model-builders.js';
import type { MaturityCategory } from './model-types.js';

/**
 * The outcome categories (1–2): what the program is for. Names follow reference/
 * governance-process.md §2.2, questions and level descriptions §2.4; the wording is Steward's own.
 */

const risk = defineCategory({
  key: 'risk',
  number: 1,
  group: 'outcomes',
  name: { en: 'Data Risk Management & Compliance', zh: '数据风险管理与合规' },
  description: {
    en:
      'Finding, rating and quantifying the risks that come from data, deciding for each whether to avoid, ' +
      'accept, reduce or transfer it, and meeting the regulatory obligations that apply to the data.',
    zh: '识别、评估和量化由数据带来的风险，并对每项风险决定规避、接受、缓解还是转移；同时履行适用于数据的监管义务。',
  },
  levelDescriptions: {
    1: {
      en: 'Risks are dealt with only after an incident, and there is no register.',
      zh: '只在事件发生后才处理风险，没有风险台账。',
    },
    3: {
      en:
        'A register of data risks exists, regulations are mapped to critical data elements, and one incident ' +
        'process is used everywhere.',
      zh: '建立了数据风险台账，法规已映射到关键数据元素，全组织使用统一的事件处理流程。',
    },
    5: {
      en:
        'Data risk is put in numbers, watched through leading indicators and used to decide investment; controls ' +
        'are tested and tuned all the time.',
      zh: '数据风险得到量化，通过先行指标持续监控，并据此决定投资；控制措施持续接受测试和调优。',
    },
  },
  categorySignal: null,
  questions: [
    {
      text: {
        en:
          'Are risks that arise from data (poor quality, privacy exposure, retention, gaps in lineage) kept in a ' +
          'risk register, each with an owner and a rating?',
        zh: '由数据引发的风险（质量缺陷、隐私暴露、保留期限、血缘缺失等）是否登记在风险台账中，并且每项风险都有负责人和评级？',
      },
    },
    {
      text: {
        en: 'For each regulation that applies, is it recorded which data elements, controls and owners it touches?',
        zh: '对每一项适用的法规，是否记录了它涉及哪些数据元素、控制措施和负责人？',
      },
    },
    {
      text: {
        en:
          'Are data incidents, such as breaches or material errors, logged, traced to a root cause and closed ' +
          'with evidence?',
        zh: '数据事件（如数据泄露或重大错误）是否被记录、追溯到根本原因，并凭证据关闭？',
      },
      signal: 'issue_root_cause',
    },
    {
      text: {
        en: 'Are data risks put in numbers (expected loss, fines avoided) and reported to the risk committees?',
        zh: '数据风险是否被量化（如预期损失、避免的罚款），并向风险委员会报告？',
      },
    },
  ],
});

const value = defineCategory({
  key: 'value',
  number: 2,
  group: 'outcomes',
  name: { en: 'Value Creation', zh: '价值创造' },
  description: {
    en:
      'Working out which data assets matter most to the business and measuring the benefit they bring, so ' +
      'that effort and money go where data pays off.',
    zh: '弄清哪些数据资产对业务最重要，并衡量它们带来的收益，使人力和资金投向最能产生回报的数据。',
  },
  levelDescriptions: {
    1: { en: 'Value is claimed but never measured.', zh: '只宣称数据有价值，却从未加以度量。' },
    3: {
      en: 'Business cases follow a standard template, and the benefits of major initiatives are tracked.',
      zh: '业务论证采用标准模板，重大举措的收益得到跟踪。',
    },
    5: {
      en:
        'The value of data is put in numbers across the whole portfolio and steers funding; the return on ' +
        'governance is reported as a matter of routine.',
      zh: '在整个组合范围内量化数据价值，并以此引导资金分配；治理的投资回报定期例行报告。',
    },
  },
  categorySignal: 'business_value_metrics',
  questions: [
    {
      text: {
        en: 'Does every governance initiative have a business case with a benefit that can be measured?',
        zh: '每一项治理举措是否都有业务论证，并包含可度量的收益？',
      },
    },
    {
      text: {
        en: 'After delivery, are the benefits (cost saved, revenue gained, risk avoided) actually measured?',
        zh: '举措交付后，其收益（节约的成本、增加的收入、规避的风险）是否真正得到度量？',
      },
      signal: 'business_value_metrics',
    },
    {
      text: {
        en: 'Are data assets ranked by their value to the business, and does that ranking set priorities?',
        zh: '是否按业务价值对数据资产排序，并据此确定优先级？',
      },
    },
    {
      text: {
        en: 'Can business leaders name decisions they have made with governed data?',
        zh: '业务领导能否举出他们基于受治理数据做出的具体决策？',
      },
    },
  ],
});

/** Categories 1–2 in order. */
export const outcomeCategories: readonly MaturityCategory[] = [risk, value];
