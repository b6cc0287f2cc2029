import { ApartmentOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Divider, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewQuery } from '../../gql/graphql';

interface CoverageCardProps {
  coverage: OverviewQuery['stewardshipCoverage'];
  people: number;
  orgUnits: number;
  councils: number;
}

/** The headline number: the share of domains with an accountable owner and a business steward. */
export function CoverageCard({ coverage, people, orgUnits, councils }: CoverageCardProps) {
  const { t } = useTranslation('overview');
  const percent = Math.round(coverage.ratio * 100);
  const color = percent >= 90 ? '#389e0d' : percent >= 60 ? '#0b6e69' : '#d46b08';
  const share = (count: number) => (coverage.domainCount ? Math.round((count / coverage.domainCount) * 100) : 0);

  return (
    <Card title={t('coverage.title')} className="overview-card" data-testid="coverage-card">
      <Flex gap={32} align="center" wrap>
        <Progress
          type="dashboard"
          percent={percent}
          size={168}
          strokeColor={color}
          format={() => (
            <Flex vertical align="center">
              <span className="coverage-percent">{percent}%</span>
              <span className="coverage-caption">
                {t('coverage.covered', { covered: coverage.covered, count: coverage.domainCount })}
              </span>
            </Flex>
          )}
        />
        <Flex vertical gap={16} style={{ flex: 1, minWidth: 220 }}>
          <Typography.Text type="secondary">{t('coverage.hint')}</Typography.Text>
          <div>
            <Flex justify="space-between">
              <Typography.Text>{t('coverage.withOwner')}</Typography.Text>
              <Typography.Text strong>
                {coverage.withOwner} / {coverage.domainCount}
              </Typography.Text>
            </Flex>
            <Progress percent={share(coverage.withOwner)} showInfo={false} strokeColor="#0b6e69" />
          </div>
          <div>
            <Flex justify="space-between">
              <Typography.Text>{t('coverage.withSteward')}</Typography.Text>
              <Typography.Text strong>
                {coverage.withSteward} / {coverage.domainCount}
              </Typography.Text>
            </Flex>
            <Progress percent={share(coverage.withSteward)} showInfo={false} strokeColor="#13a8a8" />
          </div>
        </Flex>
      </Flex>
      <Divider style={{ margin: '20px 0 16px' }} />
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('stats.people')} value={people} prefix={<UserOutlined aria-hidden />} />
        </Col>
        <Col span={8}>
          <Statistic title={t('stats.orgUnits')} value={orgUnits} prefix={<ApartmentOutlined aria-hidden />} />
        </Col>
        <Col span={8}>
          <Statistic title={t('stats.councils')} value={councils} prefix={<TeamOutlined aria-hidden />} />
        </Col>
      </Row>
    </Card>
  );
}
