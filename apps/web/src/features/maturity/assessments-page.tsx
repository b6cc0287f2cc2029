import { CheckCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import type { MaturityAssessmentsQuery as AssessmentsData } from '../../gql/graphql';
import { AssessmentCreateForm } from './assessment-create-form';
import { MaturityAssessmentsQuery, MaturityModelDefinitionQuery } from './maturity.graphql';
import { AssessmentStatusTag, formatPeriod, formatScore } from './maturity-shared';
import './maturity.css';

type Row = AssessmentsData['assessments'][number];

/** Every maturity assessment, newest first; the governance lead starts a new one here. */
export function AssessmentsPage() {
  const { t, i18n } = useTranslation(['maturity', 'common']);
  const canCreate = useCan('program:manage');
  // Respondents answer elsewhere: the counts are only right when asked again.
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: MaturityAssessmentsQuery, context });
  const [{ data: model }] = useQuery({ query: MaturityModelDefinitionQuery });
  const [creating, setCreating] = useState(false);
  const assessments = data?.assessments ?? [];

  const newButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
      {t('list.new')}
    </Button>
  ) : null;

  const columns = [
    {
      key: 'name',
      title: t('list.columns.name'),
      render: (row: Row) => <Link to={`/maturity/assessments/${row.id}`}>{row.name}</Link>,
    },
    {
      key: 'program',
      title: t('list.columns.program'),
      render: (row: Row) =>
        row.program ? (
          <Link to={`/program/${row.program.id}`}>{row.program.name}</Link>
        ) : (
          <Typography.Text type="secondary">{t('list.noProgram')}</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: t('list.columns.status'),
      render: (row: Row) => <AssessmentStatusTag status={row.status} />,
    },
    {
      key: 'period',
      title: t('list.columns.period'),
      render: (row: Row) => formatPeriod(row.periodStart, row.periodEnd, i18n.language) ?? '–',
    },
    {
      key: 'categories',
      title: t('list.columns.categories'),
      align: 'right' as const,
      render: (row: Row) => row.categories.length,
    },
    {
      key: 'respondents',
      title: t('list.columns.respondents'),
      render: (row: Row) => {
        const invited = row.respondentCount;
        if (invited === 0) return <Typography.Text type="secondary">{t('list.nobodyInvited')}</Typography.Text>;
        return t('list.submitted', { submitted: row.submittedCount, invited });
      },
    },
    {
      key: 'overall',
      title: t('list.columns.overall'),
      render: (row: Row) =>
        row.status === 'closed' ? (
          <span className="maturity-overall-cell">
            {t('list.currentToTarget', {
              current: formatScore(row.overall.current, i18n.language),
              target: formatScore(row.overall.target, i18n.language),
            })}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('list.inProgress')}</Typography.Text>
        ),
    },
    {
      key: 'report',
      title: t('list.columns.report'),
      render: (row: Row) =>
        row.reportApprovedAt ? (
          <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
            {t('list.approved')}
          </Tag>
        ) : row.status === 'closed' ? (
          <Tag color="warning">{t('list.awaitingApproval')}</Tag>
        ) : (
          <Typography.Text type="secondary">–</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={assessments.length > 0 ? newButton : null}
      />
      <Card className="maturity-intro" size="small">
        <Typography.Paragraph className="maturity-intro-text">{t('list.intro')}</Typography.Paragraph>
        {model ? (
          <Flex gap={6} wrap aria-label={t('list.levelsLabel')}>
            {model.maturityModel.levels.map((level) => (
              <Tag key={level.level} variant="filled" title={level.meaning}>
                {t('levelLabel', { level: level.level, name: level.name })}
              </Tag>
            ))}
          </Flex>
        ) : null}
      </Card>
      {error && !data ? (
        <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : assessments.length === 0 ? (
        <Card>
          <EmptyState
            title={t('list.emptyTitle')}
            description={canCreate ? t('list.emptyManager') : t('list.emptyViewer')}
            action={newButton}
          />
        </Card>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Row>
            rowKey="id"
            columns={columns}
            dataSource={assessments}
            pagination={false}
            data-testid="assessments-table"
          />
        </Card>
      )}
      <Modal
        open={creating}
        title={t('create.title')}
        onCancel={() => setCreating(false)}
        footer={null}
        width={960}
        destroyOnHidden
      >
        <AssessmentCreateForm onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
