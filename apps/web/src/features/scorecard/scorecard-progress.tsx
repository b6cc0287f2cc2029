import { Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import type { ScorecardQuery } from '../../gql/graphql';

export type ScorecardProgram = NonNullable<ScorecardQuery['scorecard']['program']>;

/** "Step 6 of 14" (or "Steps 6 and 7 of 14") and "5 of 10 steps done": where the program stands. */
export function useProgramLine() {
  const { t, i18n } = useTranslation('metrics');
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return {
    steps: (program: ScorecardProgram) =>
      program.current.length === 0
        ? t('scorecard.program.allDone', { total: program.program.steps.length })
        : t('scorecard.program.stepOf', {
            count: program.current.length,
            numbers: list.format(program.current.map((step) => String(step.number))),
            total: program.program.steps.length,
          }),
    done: (program: ScorecardProgram) => t('scorecard.program.done', { done: program.done, total: program.total }),
  };
}

/** The program's progress and the steps being worked now, each a link to its page. */
export function ScorecardProgress({ program }: { program: ScorecardProgram | null }) {
  const { t } = useTranslation('metrics');
  const line = useProgramLine();
  if (!program)
    return (
      <Card title={t('scorecard.program.title')} className="scorecard-card" data-testid="scorecard-program">
        <EmptyState description={t('scorecard.program.none')} />
      </Card>
    );
  const percent = program.total ? Math.round((100 * program.done) / program.total) : 0;
  return (
    <Card
      title={t('scorecard.program.title')}
      extra={<Link to={`/program/${program.program.id}`}>{program.name}</Link>}
      className="scorecard-card"
      data-testid="scorecard-program"
    >
      <Flex vertical gap={12}>
        <div>
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text strong>{line.steps(program)}</Typography.Text>
            <Typography.Text type="secondary">{line.done(program)}</Typography.Text>
          </Flex>
          <Progress percent={percent} showInfo={false} strokeColor="#0b6e69" aria-label={line.done(program)} />
        </div>
        {program.current.length ? (
          <ul className="scorecard-steps">
            {program.current.map((step) => (
              <li key={step.number}>
                <span className="scorecard-step-number">{step.number}</span>
                <Link to={`/program/${program.program.id}/steps/${step.number}`}>{step.name}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </Flex>
    </Card>
  );
}
