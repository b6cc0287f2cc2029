import { Card, Col, Descriptions, Flex, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../components/person-avatar';
import { When } from '../../components/when';
import type { GovernancePolicyQuery as PolicyData } from '../../gql/graphql';
import { ComplianceTrend } from './compliance-trend';
import { activeCount, complianceColor, exceptedCount, PolicyKindTag, usePercent, versionsOf } from './policy-shared';

type Policy = NonNullable<PolicyData['policy']>;

function PersonLink({ person }: { person: { id: string; name: string } }) {
  return (
    <Flex gap={8} align="center">
      <PersonAvatar name={person.name} size="small" />
      <Link to={`/people/${person.id}`}>{person.name}</Link>
    </Flex>
  );
}

/**
 * How compliant the policy is: now, as a big figure and in words (switched-off controls left out),
 * and day by day; with who owns and approves it and the version in force.
 */
export function PolicyComplianceCard({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policies');
  const percent = usePercent();
  const { compliance } = policy;
  const { approved } = versionsOf(policy.versions);
  const controls = activeCount(policy.controls);
  const notEvaluated = Math.max(controls - compliance.evaluated, 0);
  const excepted = exceptedCount(policy.controls);
  return (
    <Card title={t('compliance.title')} data-testid="policy-compliance-card">
      <Row gutter={[32, 24]}>
        <Col xs={24} xl={9}>
          <Flex vertical gap={4}>
            <span
              className="policy-big-figure"
              style={{ color: complianceColor(compliance.share, excepted) }}
              data-testid="policy-compliance-share"
            >
              {compliance.share === null ? t('compliance.noFigure') : percent(compliance.share)}
            </span>
            {compliance.share !== null ? (
              <Progress
                percent={Math.round(compliance.share * 100)}
                showInfo={false}
                strokeColor={complianceColor(compliance.share, excepted)}
                aria-hidden
              />
            ) : null}
            <Typography.Text data-testid="policy-compliance-line">
              {controls === 0
                ? t('compliance.noControls')
                : compliance.evaluated === 0
                  ? t('compliance.noneEvaluated', { count: controls })
                  : t('compliance.bigLine', { passing: compliance.passing, count: compliance.evaluated })}
            </Typography.Text>
            {excepted > 0 ? (
              <Typography.Text type="warning" data-testid="policy-compliance-excepted">
                {t('compliance.excepted', { count: excepted })}
              </Typography.Text>
            ) : null}
            {notEvaluated > 0 && compliance.evaluated > 0 ? (
              <Typography.Text type="secondary">
                {t('compliance.notEvaluated', { count: notEvaluated })}
              </Typography.Text>
            ) : null}
          </Flex>
          <Descriptions size="small" column={1} colon={false} className="policy-facts policy-facts-spaced">
            <Descriptions.Item label={t('fields.kind')}>
              <PolicyKindTag kind={policy.kind} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.owner')}>
              <PersonLink person={policy.owner} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.approver')}>
              <PersonLink person={policy.approver} />
            </Descriptions.Item>
            <Descriptions.Item label={t('page.approvedVersion')}>
              {approved ? (
                <span data-testid="policy-approved-version">
                  {t('statement.version', { number: approved.number })}
                  {approved.decidedBy && approved.decidedAt ? (
                    <Typography.Text type="secondary">
                      {' · '}
                      {t('page.approvedBy', { name: approved.decidedBy.name })} <When at={approved.decidedAt} />
                    </Typography.Text>
                  ) : null}
                </span>
              ) : (
                <Typography.Text type="secondary" data-testid="policy-approved-version">
                  {t('list.noApprovedVersion')}
                </Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} xl={15}>
          <ComplianceTrend points={policy.complianceHistory} policyKey={policy.key} />
        </Col>
      </Row>
    </Card>
  );
}
