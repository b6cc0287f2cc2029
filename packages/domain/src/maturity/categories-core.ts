import { defineCategory } from './model-builders.js';
import type { MaturityCategory } from './model-types.js';

/**
 * The core disciplines (6–8): governance work on the data itself. Names follow reference/
 * governance-process.md §2.2, questions and level descriptions §2.4; the wording is Steward's own.
 */

const quality = defineCategory({
  key: 'quality',
  number: 6,
  group: 'core',
  name: { en: 'Data Quality Management', zh: '数据质量管理' },
  description: {
    en: 'Ways to measure, improve and certify the quality and integrity of data, in production, in test and in archives.',
    zh: '衡量、改进和认证数据质量与完整性的方法，覆盖生产、测试和归档环境中的数据。',
  },
  levelDescriptions: {
    1: {
      en: 'Users find the errors, and people correct them by hand.',
      zh: '错误由用户发现，再由人工逐条修正。',
    },
    3: {
      en:
        'All critical data elements have rules, measurement runs on a schedule, and failures go through an ' +
        'issue workflow.',
      zh: '所有关键数据元素都有规则，按计划执行度量，质量问题通过问题处理流程跟进。',
    },
    5: {
      en:
        'Quality is built in where data is captured and measured continuously; the cost of poor quality is ' +
        'known and falling.',
      zh: '在数据采集环节就内建质量并持续度量；低质量数据造成的成本清晰可知且不断下降。',
    },
  },
  categorySignal: 'quality_pass_rate',
  questions: [
    {
      text: {
        en: 'Do the critical data elements have quality rules, each with a dimension and a threshold?',
        zh: '关键数据元素是否都有数据质量规则，并为每条规则定义了质量维度和阈值？',
      },
      signal: 'cde_rule_coverage',
    },
    {
      text: {
        en: 'Is quality measured on a schedule, so that trends can be seen?',
        zh: '是否按计划定期度量数据质量，从而能够看出趋势？',
      },
      signal: 'quality_rule_trends',
    },
    {
      text: {
        en: 'Are failures sent to their owners and fixed where they arise, rather than only cleaned up downstream?',
        zh: '质量问题是否分派给负责人并从根源上修复，而不只是在下游清洗？',
      },
      signal: 'issue_root_cause',
    },
    {
      text: {
        en: 'Is data certified for quality before it feeds regulated or critical outputs?',
        zh: '数据在用于监管报送或关键产出之前，是否经过质量认证？',
      },
    },
  ],
});

const lifecycle = defineCategory({
  key: 'lifecycle',
  number: 7,
  group: 'core',
  name: { en: 'Information Lifecycle Management', zh: '信息生命周期管理' },
  description: {
    en: 'Handling information by policy from the moment it is collected, through its use and retention, to its deletion.',
    zh: '依据政策管理信息从采集、使用、保留直至删除的全过程。',
  },
  levelDescriptions: {
    1: { en: 'Data is either kept forever or deleted at random.', zh: '数据要么永久保存，要么被随意删除。' },
    3: {
      en: 'A retention schedule covers in-scope data, and legal holds and disposal are controlled.',
      zh: '保留期限表覆盖范围内的数据，法律保全和数据销毁均受控。',
    },
    5: {
      en:
        'Lifecycle rules run automatically, storage cost and legal exposure are tracked, and the schedule is ' +
        'reviewed with the legal team every year.',
      zh: '生命周期规则自动执行，存储成本和法律风险得到跟踪，保留期限表每年与法务部门共同复审。',
    },
  },
  categorySignal: null,
  questions: [
    {
      text: {
        en: 'Does every in-scope asset have a retention class with a legal or business reason behind it?',
        zh: '范围内的每项数据资产是否都有保留类别，并有法律或业务依据？',
      },
    },
    {
      text: {
        en: 'Are archiving and disposal done on schedule, with evidence that they happened?',
        zh: '归档和销毁是否按计划执行，并留有执行证据？',
      },
    },
    {
      text: {
        en: 'Are legal holds put in place and lifted through a controlled process?',
        zh: '法律保全（诉讼保留）的施加和解除是否通过受控流程进行？',
      },
    },
    {
      text: {
        en: 'Is data outside production, such as test data, managed, for example by subsetting and masking it?',
        zh: '非生产环境中的数据（如测试数据）是否得到管理，例如抽取子集并进行脱敏？',
      },
    },
  ],
});

const security = defineCategory({
  key: 'security',
  number: 8,
  group: 'core',
  name: { en: 'Information Security & Privacy', zh: '信息安全与隐私' },
  description: {
    en: 'The policies, practices and controls that protect data assets and keep security and privacy risks low.',
    zh: '保护数据资产、降低安全与隐私风险的政策、做法和控制措施。',
  },
  levelDescriptions: {
    1: {
      en: 'Each system handles security on its own, and nobody knows where the sensitive data is.',
      zh: '安全由各系统各自处理，没有人知道敏感数据在哪里。',
    },
    3: {
      en: 'Data is classified, access is approved by owners and reviewed periodically, and test data is masked.',
      zh: '数据已分类，访问须经所有者批准并定期复核，测试数据已脱敏。',
    },
    5: {
      en: 'Controls travel with the data wherever it goes; monitoring and privacy by design are standard in every project.',
      zh: '控制措施随数据流转始终有效；监控和隐私设计（privacy by design）已成为每个项目的标准做法。',
    },
  },
  categorySignal: 'pii_classification_coverage',
  questions: [
    {
      text: {
        en: 'Is sensitive data found and classified across the in-scope sources?',
        zh: '是否已在范围内的各数据源中发现敏感数据并完成分类？',
      },
      signal: 'pii_classification_coverage',
    },
    {
      text: {
        en: 'Is access to sensitive data granted by its owners and reviewed at set intervals?',
        zh: '敏感数据的访问权限是否由数据所有者授予，并定期复核？',
      },
    },
    {
      text: {
        en: 'Is sensitive data masked or tokenised outside production?',
        zh: '在非生产环境中，敏感数据是否经过脱敏或令牌化处理？',
      },
    },
    {
      text: {
        en: 'Can privacy obligations (consent, purpose, requests from data subjects) be traced to the data they cover?',
        zh: '隐私义务（同意、使用目的、数据主体的请求）能否追溯到其所涉及的数据？',
      },
    },
  ],
});

/** Categories 6–8 in order. */
export const coreCategories: readonly MaturityCategory[] = [quality, lifecycle, security];
