import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgramStepQuery } from '../../gql/graphql';
import { ProvenanceTag } from './program-shared';

type Step = NonNullable<NonNullable<ProgramStepQuery['program']>['step']>;
type Guidance = Step['step']['subSteps'][number];

/** One list of guidance (sub-steps, deliverables, roles), each item with where it comes from. */
function GuidanceList({ title, items }: { title: string; items: readonly Guidance[] }) {
  if (items.length === 0) return null;
  return (
    <section className="guidance-section">
      <Typography.Title level={5} className="guidance-title">
        {title}
      </Typography.Title>
      <ul className="guidance-list">
        {items.map((item) => (
          <li key={item.key ?? item.text}>
            <span>
              {item.key && /^\d+\.\d+$/.test(item.key) ? <span className="guidance-key">{item.key}</span> : null}
              {item.text}
            </span>
            <ProvenanceTag provenance={item.provenance} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the step is for and how it is done: the purpose, sub-steps and roles (deliverables have their own card). */
export function StepGuidanceCard({ step }: { step: Step }) {
  const { t } = useTranslation('program');
  const { purpose, subSteps, roles } = step.step;
  return (
    <Card title={t('guidance.title')} className="stacked-card" data-testid="step-guidance">
      <Flex vertical gap={4} className="guidance-purpose">
        <Typography.Paragraph className="guidance-purpose-text">
          {purpose.text} <ProvenanceTag provenance={purpose.provenance} />
        </Typography.Paragraph>
      </Flex>
      <GuidanceList title={t('guidance.subSteps')} items={subSteps} />
      <GuidanceList title={t('guidance.roles')} items={roles} />
    </Card>
  );
}
