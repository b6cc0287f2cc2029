import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Modal, Progress, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { ProgramsQuery as ProgramsData } from '../../gql/graphql';
import { ProgramsQuery } from './program.graphql';
import { ProgramCreateWizard } from './program-create-wizard';
import { ProgramStatusTag, progressOf, trackKey } from './program-shared';
import './program.css';

type ProgramCard = ProgramsData['programs'][number];

/** The governance programs, each with its progress; a first program is started with a short guided form. */
export function ProgramHomePage() {
  const { t } = useTranslation(['program', 'common']);
  const canManage = useCan('program:manage');
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProgramsQuery });
  const [creating, setCreating] = useState(false);
  const programs = data?.programs ?? [];

  const newButton =
    canManage && programs.length > 0 ? (
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
        {t('home.new')}
      </Button>
    ) : null;

  const card = (program: ProgramCard) => {
    const progress = progressOf(program.steps);
    return (
      <Col key={program.id} xs={24} lg={12} xxl={8}>
        <Card
          className="program-card"
          title={
            <Link to={`/program/${program.id}`} className="program-card-title">
              {program.name}
            </Link>
          }
          extra={<ProgramStatusTag status={program.status} />}
        >
          {program.businessProblem ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
              {program.businessProblem}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="warning">{t('home.noProblem')}</Typography.Paragraph>
          )}
          <Flex vertical gap={2} className="program-card-progress">
            <Typography.Text>{t('home.progress', { done: progress.done, total: progress.total })}</Typography.Text>
            <Progress
              percent={progress.total ? Math.round((progress.done / progress.total) * 100) : 0}
              showInfo={false}
              size="small"
              aria-hidden
            />
          </Flex>
          <Descriptions size="small" column={1} colon={false} className="program-card-facts">
            <Descriptions.Item label={t('home.tracks')}>
              <Flex gap={4} wrap>
                {program.tracks.map((track) => (
                  <Tag key={track}>{t(`tracks.${trackKey(track)}.name`)}</Tag>
                ))}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('home.lead')}>
              {program.lead ? (
                <Link to={`/people/${program.lead.id}`}>{program.lead.name}</Link>
              ) : (
                <Typography.Text type="warning">{t('home.noLead')}</Typography.Text>
              )}
            </Descriptions.Item>
            {program.iteration > 1 ? (
              <Descriptions.Item label={t('home.iteration')}>{program.iteration}</Descriptions.Item>
            ) : null}
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
      ) : programs.length === 0 ? (
        canManage ? (
          <Card title={t('create.firstTitle')} className="program-first">
            <Typography.Paragraph type="secondary">{t('create.firstIntro')}</Typography.Paragraph>
            <ProgramCreateWizard />
          </Card>
        ) : (
          <Card>
            <EmptyState title={t('home.emptyTitle')} description={t('home.emptyViewer')} />
          </Card>
        )
      ) : (
        <Row gutter={[16, 16]}>{programs.map(card)}</Row>
      )}
      <Modal
        open={creating}
        title={t('create.title')}
        onCancel={() => setCreating(false)}
        footer={null}
        width={860}
        destroyOnHidden
      >
        <ProgramCreateWizard onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
