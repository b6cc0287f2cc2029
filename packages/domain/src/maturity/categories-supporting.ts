import { defineCategory } from './model-builders.js';
import type { MaturityCategory } from './model-types.js';

/**
 * The supporting disciplines (9–11): structure and evidence for the rest. Names follow reference/
 * governance-process.md §2.2, questions and level descriptions §2.4; the wording is Steward's own.
 */

const architecture = defineCategory({
  key: 'architecture',
  number: 9,
  group: 'supporting',
  name: { en: 'Data Architecture', zh: '数据架构' },
  description: {
    en:
      'How the systems and applications for structured and unstructured data are designed, so that data is ' +
      'available and reaches the users who should have it.',
    zh: '结构化与非结构化数据的系统和应用如何设计，使数据可用，并送达应当获得它的用户。',
  },
  levelDescriptions: {
    1: {
      en: 'Each application has its own model, and copies of data multiply.',
      zh: '每个应用各有一套模型，数据副本不断增多。',
    },
    3: {
      en: 'Models are shared, systems of record are named, and architecture reviews take place.',
      zh: '数据模型共享，记录系统已明确，并开展架构评审。',
    },
    5: {
      en:
        'The architecture is designed for reuse, data services take the place of copies, and it changes where ' +
        'the benefit is measured.',
      zh: '架构以复用为设计目标，数据服务取代数据副本，架构演进以可度量的收益为依据。',
    },
  },
  categorySignal: null,
  questions: [
    {
      text: {
        en: 'Is there an enterprise or domain data model for the in-scope subjects, and do projects use it?',
        zh: '范围内的主题是否有企业级或数据域级的数据模型，并且被项目实际采用？',
      },
    },
    {
      text: {
        en: 'Is a system of record or trusted source named for each key entity or attribute?',
        zh: '是否为每个关键实体或属性指定了记录系统或可信来源？',
      },
      signal: 'mdm_source_trust',
    },
    {
      text: {
        en: 'Do architecture reviews check new systems against the data standards?',
        zh: '架构评审是否对照数据标准检查新系统？',
      },
    },
    {
      text: {
        en: 'Is copying data between systems kept under control, with a reason for each copy?',
        zh: '系统之间的数据复制是否受控，且每份副本都有正当理由？',
      },
    },
  ],
});

const metadata = defineCategory({
  key: 'metadata',
  number: 10,
  group: 'supporting',
  name: { en: 'Classification & Metadata', zh: '分类与元数据' },
  description: {
    en:
      'Shared definitions of business and technical terms, data models, data types and repositories, and the ' +
      'metadata that connects how people and systems understand the data.',
    zh: '对业务和技术术语、数据模型、数据类型及存储库的统一定义，以及把人对数据的理解与系统对数据的理解联系起来的元数据。',
  },
  levelDescriptions: {
    1: {
      en: "Definitions live in spreadsheets and in people's heads.",
      zh: '数据定义散落在电子表格和个人的脑海里。',
    },
    3: {
      en:
        'The glossary is governed, the catalogue is harvested, and terms are linked to fields, with lineage for ' +
        'critical outputs.',
      zh: '业务术语表受治理，数据目录自动采集，术语已关联到字段，关键产出具备数据血缘。',
    },
    5: {
      en: 'Metadata is complete and current, and is used every day for search, impact analysis and automation.',
      zh: '元数据完整且及时更新，每天用于检索、影响分析和自动化。',
    },
  },
  categorySignal: 'glossary_coverage',
  questions: [
    {
      text: {
        en: 'Is there an approved business glossary that covers the critical data elements?',
        zh: '是否有一份已批准的业务术语表，覆盖所有关键数据元素？',
      },
      signal: 'glossary_coverage',
    },
    {
      text: {
        en: 'Is technical metadata harvested automatically from the in-scope sources?',
        zh: '是否自动从范围内的数据源采集技术元数据？',
      },
      signal: 'ingest_freshness',
    },
    {
      text: {
        en: 'Are business terms linked to physical fields, with lineage to the key outputs?',
        zh: '业务术语是否关联到物理字段，并具备到关键产出的数据血缘？',
      },
      signal: 'term_field_links',
    },
    {
      text: {
        en: 'Is one classification scheme, for sensitivity and for criticality, applied to the data consistently?',
        zh: '是否对数据一致地采用统一的分类方案（敏感程度与关键程度）？',
      },
    },
  ],
});

const audit = defineCategory({
  key: 'audit',
  number: 11,
  group: 'supporting',
  name: { en: 'Audit Information, Logging & Reporting', zh: '审计信息、日志与报告' },
  description: {
    en: 'The processes that monitor and measure the value of data, the risk it carries and how well governance works.',
    zh: '监控和衡量数据价值、数据风险以及治理成效的流程。',
  },
  levelDescriptions: {
    1: {
      en: 'There is no audit trail, and reporting happens now and then.',
      zh: '没有审计轨迹，报告只是偶尔为之。',
    },
    3: {
      en: 'Governed records have complete audit logs, and the sponsors receive scorecards regularly.',
      zh: '受治理记录具备完整的审计日志，发起人定期收到记分卡。',
    },
    5: {
      en:
        'Evidence is produced automatically, audit findings about data are rare and closed quickly, and ' +
        'reporting drives decisions.',
      zh: '证据自动生成，涉及数据的审计发现很少且能迅速关闭，报告切实推动决策。',
    },
  },
  categorySignal: 'scorecard_publications',
  questions: [
    {
      text: {
        en: 'Are changes to governed data and definitions logged, with who made them, what changed and when?',
        zh: '对受治理数据和定义的变更是否有日志，记录了谁在何时做了何种变更？',
      },
      signal: 'audit_events',
    },
    {
      text: {
        en: 'Are governance metrics reported to the sponsors on a fixed cadence?',
        zh: '治理指标是否按固定周期向发起人报告？',
      },
      signal: 'scorecard_publications',
    },
    {
      text: {
        en: 'Can evidence of controls (approvals, reviews, lineage) be shown to auditors whenever they ask?',
        zh: '审计人员提出要求时，能否随时出示控制措施的证据（审批、评审、数据血缘）？',
      },
    },
    {
      text: {
        en: 'Is access to sensitive data logged, and are the logs reviewed?',
        zh: '对敏感数据的访问是否有日志记录，并且日志会被审查？',
      },
    },
  ],
});

/** Categories 9–11 in order. */
export const supportingCategories: readonly MaturityCategory[] = [architecture, metadata, audit];
