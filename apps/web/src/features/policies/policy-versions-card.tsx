import { Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { When } from '../../components/when';
import type { GovernancePolicyVersionFieldsFragment } from '../../gql/graphql';
import { VersionStatusTag } from './policy-shared';
import { PolicyVersionChanges } from './policy-version-changes';
import { VersionActions } from './version-actions';

type Version = GovernancePolicyVersionFieldsFragment;

/** Every version, newest first: where it stands, what changed, who decided. The newest one's moves are in the header. */
export function PolicyVersionsCard({
  versions,
  policyTitle,
  onChanged,
}: {
  versions: readonly Version[];
  policyTitle: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('policies');
  const latestNumber = versions[0]?.number;
  const anyOlderActions = versions.some((version) => version.number !== latestNumber && version.actions.length);
  const columns: ColumnsType<Version> = [
    {
      title: t('versions.version'),
      key: 'number',
      width: 110,
      render: (_, version) => <strong>{t('statement.version', { number: version.number })}</strong>,
    },
    {
      title: t('versions.status'),
      key: 'status',
      width: 130,
      render: (_, version) => <VersionStatusTag status={version.status} />,
    },
    {
      title: t('fields.changeNote'),
      key: 'changeNote',
      render: (_, version) =>
        version.changeNote ?? <Typography.Text type="secondary">{t('versions.noChangeNote')}</Typography.Text>,
    },
    {
      title: t('versions.decision'),
      key: 'decision',
      width: 300,
      render: (_, version) =>
        version.decidedBy && version.decidedAt ? (
          <Flex vertical gap={2}>
            <span>
              {t(version.status === 'draft' ? 'versions.sentBackBy' : 'versions.approvedBy')}{' '}
              <Link to={`/people/${version.decidedBy.id}`}>{version.decidedBy.name}</Link>,{' '}
              <When at={version.decidedAt} />
            </span>
            {version.decisionComment ? (
              <Typography.Text type="secondary">“{version.decisionComment}”</Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('versions.noDecision')}</Typography.Text>
        ),
    },
    {
      title: t('versions.updated'),
      key: 'updated',
      width: 130,
      render: (_, version) => <When at={version.updatedAt} />,
    },
    ...(anyOlderActions
      ? [
          {
            title: <span className="sr-only">{t('versions.actions')}</span>,
            key: 'actions',
            width: 130,
            align: 'right' as const,
            render: (_: unknown, version: Version) =>
              version.number !== latestNumber ? (
                <VersionActions version={version} policyTitle={policyTitle} size="small" onChanged={onChanged} />
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card title={t('versions.title')} styles={{ body: { padding: 0 } }} data-testid="policy-versions">
      <Table
        rowKey="id"
        columns={columns}
        dataSource={[...versions]}
        pagination={false}
        expandable={{
          expandedRowRender: (version) => (
            <PolicyVersionChanges
              number={version.number}
              changes={version.changes}
              classificationsAfter={version.scope.classifications}
              classificationsBefore={
                versions.find((other) => other.number === version.number - 1)?.scope.classifications ?? []
              }
            />
          ),
          rowExpandable: (version) => version.number > 1,
          columnTitle: <span className="sr-only">{t('versions.showChanges')}</span>,
        }}
        size="middle"
        tableLayout="fixed"
        scroll={{ x: 900 }}
      />
    </Card>
  );
}
