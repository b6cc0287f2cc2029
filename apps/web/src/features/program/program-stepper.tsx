import { CheckOutlined, SyncOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramQuery } from '../../gql/graphql';
import { EvidenceMeter, formatDay, StepStatusTag, today } from './program-shared';

type Step = NonNullable<ProgramQuery['program']>['steps'][number];

const groups = [
  { key: 'required', numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
  { key: 'tracks', numbers: [10, 11, 12, 13] },
  { key: 'measure', numbers: [14] },
] as const;

/**
 * The 14 steps of the process in order, each with where it stands and its evidence meter; a
 * track the program did not choose is greyed out. Each row opens the step.
 */
export function ProgramStepper({ programId, steps }: { programId: string; steps: readonly Step[] }) {
  const { t } = useTranslation('program');
  const now = today();

  const row = (step: Step) => {
    const skipped = step.status === 'skipped';
    const overdue = step.dueOn && step.dueOn < now && step.status !== 'done' && !skipped && !step.step.recurring;
    return (
      <li key={step.number}>
        <Link
          to={`/program/${programId}/steps/${step.number}`}
          className={`program-step-row program-step-${step.status}`}
          data-testid={`program-step-${step.number}`}
        >
          <span className="program-step-number" aria-hidden>
            {step.status === 'done' ? <CheckOutlined /> : step.step.recurring ? <SyncOutlined /> : step.number}
          </span>
          <span className="program-step-name">
            <span className="program-step-title">
              <span className="sr-only">{t('stepper.stepNumber', { number: step.number })} </span>
              {step.step.name}
              <span className="program-step-zh" lang="zh">
                {step.step.nameZh}
              </span>
            </span>
            {skipped ? null : <StepMeta step={step} overdue={Boolean(overdue)} />}
          </span>
          <span className="program-step-status">
            {skipped ? (
              <span className="program-step-skipped-label">{t('stepStatus.skipped')}</span>
            ) : (
              <StepStatusTag status={step.status} recurring={step.step.recurring} />
            )}
          </span>
          <span className="program-step-meter">
            {skipped ? null : <EvidenceMeter criteria={step.criteria} compact />}
          </span>
        </Link>
      </li>
    );
  };

  return (
    <Card title={t('stepper.title')} className="program-stepper-card" data-testid="program-stepper">
      {groups.map((group) => (
        <section key={group.key} className="program-step-group" aria-labelledby={`program-group-${group.key}`}>
          <Typography.Text type="secondary" strong id={`program-group-${group.key}`} className="program-group-title">
            {t(`stepper.groups.${group.key}`)}
          </Typography.Text>
          <ol className="program-steps">
            {steps.filter((step) => (group.numbers as readonly number[]).includes(step.number)).map(row)}
          </ol>
        </section>
      ))}
    </Card>
  );
}

/** Owner, due date and "done with a written reason", joined by dots; nothing when none applies. */
function StepMeta({ step, overdue }: { step: Step; overdue: boolean }) {
  const { t, i18n } = useTranslation('program');
  const parts = [
    step.owner ? <span key="owner">{t('stepper.owner', { name: step.owner.name })}</span> : null,
    step.dueOn && step.status !== 'done' ? (
      <Typography.Text key="due" type={overdue ? 'danger' : 'secondary'} className="program-step-due">
        {t(overdue ? 'stepper.overdue' : 'stepper.due', { date: formatDay(step.dueOn, i18n.language) })}
      </Typography.Text>
    ) : null,
    step.status === 'done' && step.overrideReason ? (
      <span key="override" className="program-step-override">
        {t('stepper.overridden')}
      </span>
    ) : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="program-step-meta">{parts.map((part, index) => (index ? [' · ', part] : part))}</span>;
}
