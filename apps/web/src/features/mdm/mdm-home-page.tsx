import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { When } from '../../components/when';
import type { MdmHomeQuery as MdmHomeData } from '../../gql/graphql';
import { MdmHomeQuery } from './mdm.graphql';
import { MdmDomainFormModal } from './mdm-domain-form-modal';
import { HubStyleTag, PolicyStatusTag } from './mdm-tags';
import './mdm.css';

type DomainCard = MdmHomeData['mdmDomains'][number];

/** MDM home: every master-data domain with its hub style, active policy and latest simulation. */
export function MdmHomePage() {
  const { t, i18n } = useTranslation(['mdm', 'common']);
  const canDesign = useCan('mdm:design');
  const [{ data, error, fetching }, refetch] = useQuery({ query: MdmHomeQuery });
  const [creating, setCreating] = useState(false);
  const number = new Intl.NumberFormat(i18n.language);
  const explanations = new Map(data?.hubStyles.map((style) => [style.style, style.explanation]));

  const newButton = canDesign ? (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
      {t('home.new')}
    </Button>
  ) : null;

  const card = (domain: DomainCard) => {
    const latest = domain.simulations.find((simulation) => simulation.status === 'succeeded');
    const inReview = domain.policyVersions.filter((version) => version.status === 'in_review').length;
    return (
      <Col key={domain.id} xs={24} lg={12} xxl={8}>
        <Card
          className="mdm-domain-card"
          title={
            <Link to={`/mdm/domains/${domain.id}`} className="mdm-domain-card-title">
              {domain.name}
            </Link>
          }
          extra={<HubStyleTag style={domain.hubStyle} explanation={explanations.get(domain.hubStyle)} />}
        >
          {domain.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
              {domain.description}
            </Typography.Paragraph>
          ) : null}
          <Descriptions size="small" column={1} colon={false} className="mdm-card-facts">
            <Descriptions.Item label={t('home.owner')}>
              {domain.domain ? (
                <Link to={`/domains/${domain.domain.id}`}>{domain.domain.name}</Link>
              ) : (
                <Typography.Text type="warning">{t('home.noOwner')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('home.scope')}>
              {t('home.scopeCounts', { attributes: domain.attributes.length, sources: domain.sources.length })}
            </Descriptions.Item>
            <Descriptions.Item label={t('home.policy')}>
              <Flex gap={8} wrap align="center">
                {domain.activePolicy ? (
                  <Link to={`/mdm/policies/${domain.activePolicy.id}`}>
                    {t('home.version', { number: domain.activePolicy.number })}
                  </Link>
                ) : (
                  <Typography.Text type="secondary">{t('home.noActivePolicy')}</Typography.Text>
                )}
                {domain.activePolicy ? <PolicyStatusTag status="active" /> : null}
                {inReview ? (
                  <Typography.Text type="secondary">{t('home.inReview', { count: inReview })}</Typography.Text>
                ) : null}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('home.latestSimulation')}>
              {latest?.summary ? (
                <Link to={`/mdm/simulations/${latest.id}`}>
                  {t('home.simulationLine', {
                    records: number.format(latest.summary.records),
                    clusters: number.format(latest.summary.multiRecordClusters),
                    tasks: number.format(latest.summary.reviewTasks),
                  })}
                </Link>
              ) : (
                <Typography.Text type="secondary">{t('home.noSimulation')}</Typography.Text>
              )}
              {latest ? (
                <Typography.Text type="secondary" className="mdm-when">
                  <When at={latest.createdAt} />
                </Typography.Text>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
    );
  };

  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.description')} actions={newButton} />
      {error && !data ? (
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Flex vertical gap={24}>
          {data!.mdmDomains.length === 0 ? (
            <Card>
              <EmptyState title={t('home.emptyTitle')} description={t('home.empty')} action={newButton} />
            </Card>
          ) : (
            <Row gutter={[16, 16]}>{data!.mdmDomains.map(card)}</Row>
          )}
          <Card title={t('home.hubStylesTitle')}>
            <Row gutter={[16, 16]}>
              {data!.hubStyles.map((style) => (
                <Col key={style.style} xs={24} md={12} xl={6}>
                  <Flex vertical gap={4}>
                    <span>
                      <HubStyleTag style={style.style} />
                    </span>
                    <Typography.Text type="secondary">{style.explanation}</Typography.Text>
                  </Flex>
                </Col>
              ))}
            </Row>
          </Card>
        </Flex>
      )}
      {data ? (
        <MdmDomainFormModal
          open={creating}
          hubStyles={data.hubStyles}
          workflows={data.matchWorkflows}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}
