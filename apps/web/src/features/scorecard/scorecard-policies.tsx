import { Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import type { ScorecardQuery } from '../../gql/graphql';

type PolicyRow = NonNullable<ScorecardQuery['scorecard']>['policies'][number];

/** Each approved policy's compliance: the share of its evaluated controls that pass now. */
export function ScorecardPolicies({ policies }: { policies: readonly PolicyRow[] }) {
  const { t } = useTranslation('metrics');
  return (
    <Card title={t('scorecard.policies.title')} className="scorecard-card" data-testid="scorecard-policies">
      {policies.length === 0 ? (
        <EmptyState description={t('scorecard.policies.empty')} />
      ) : (
        <Flex vertical gap={10}>
          {policies.map((policy) => {
            const percent = policy.share === null ? null : Math.round(policy.share * 100);
            return (
              <Flex key={policy.policyId} align="center" gap={12} data-testid="scorecard-policy">
                <Link to={`/policies/${policy.policyId}`} style={{ flex: 1, minWidth: 0 }}>
                  {policy.key} {policy.title}
                </Link>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {t('scorecard.policies.controls', { passing: policy.passing, evaluated: policy.evaluated })}
                </Typography.Text>
                <Progress
                  percent={percent ?? 0}
                  size="small"
                  style={{ width: 140, margin: 0 }}
                  status={
                    percent === null ? 'normal' : percent === 100 ? 'success' : percent >= 80 ? 'normal' : 'exception'
                  }
                  format={() => (percent === null ? t('scorecard.policies.notEvaluated') : `${percent}%`)}
                />
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
