import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { When } from '../../components/when';
import type { PolicyExceptionFieldsFragment } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';

type PolicyException = PolicyExceptionFieldsFragment;

/** In force (the control counts as passing until it expires) or expired. */
export function ExceptionStateTag({ inForce }: { inForce: boolean }) {
  const { t } = useTranslation('policies');
  return (
    <Tag
      color={inForce ? 'gold' : 'default'}
      className="policy-tag"
      data-testid="policy-exception-state"
      data-in-force={inForce}
    >
      {inForce ? t('exceptions.inForce') : t('exceptions.expired')}
    </Tag>
  );
}

/**
 * The columns of an exception table: status, control, reason, approver, granted, expiry. The
 * register slots the policy in after the status.
 */
export function useExceptionColumns<E extends PolicyException>(): ColumnsType<E> {
  const { t, i18n } = useTranslation('policies');
  return [
    {
      key: 'state',
      title: t('exceptions.state'),
      width: 110,
      render: (_value, exception) => <ExceptionStateTag inForce={exception.inForce} />,
    },
    {
      key: 'control',
      title: t('exceptions.control'),
      width: '22%',
      render: (_value, exception) => <Typography.Text strong>{exception.controlName}</Typography.Text>,
    },
    {
      key: 'reason',
      title: t('exceptions.reason'),
      render: (_value, exception) => (
        <Typography.Paragraph className="policy-exception-reason" ellipsis={{ rows: 3, expandable: true }}>
          {exception.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'approvedBy',
      title: t('exceptions.approvedBy'),
      width: 170,
      render: (_value, exception) =>
        exception.approvedBy ? (
          <Link to={`/people/${exception.approvedBy.id}`}>{exception.approvedBy.name}</Link>
        ) : (
          <Typography.Text type="secondary">{t('exceptions.unknownPerson')}</Typography.Text>
        ),
    },
    {
      key: 'grantedAt',
      title: t('exceptions.granted'),
      width: 130,
      render: (_value, exception) => <When at={exception.grantedAt} />,
    },
    {
      key: 'expiresOn',
      title: t('exceptions.expiresOn'),
      width: 130,
      render: (_value, exception) => (
        <span data-testid="policy-exception-expires">{formatDay(exception.expiresOn, i18n.language)}</span>
      ),
    },
  ];
}

/**
 * Every exception the approver granted to the policy's controls, newest first: for which control,
 * why, by whom, from when to when, and whether it is still in force.
 */
export function PolicyExceptionsCard({ exceptions }: { exceptions: readonly PolicyException[] }) {
  const { t } = useTranslation('policies');
  const columns = useExceptionColumns<PolicyException>();
  const inForce = exceptions.filter((exception) => exception.inForce).length;

  return (
    <Card
      title={t('exceptions.title')}
      styles={exceptions.length ? { body: { padding: 0 } } : undefined}
      data-testid="policy-exceptions-card"
      extra={
        exceptions.length ? (
          <Typography.Text type="secondary" className="policy-small" data-testid="policy-exception-counts">
            {t('exceptions.counts', { count: exceptions.length, inForce })}
          </Typography.Text>
        ) : null
      }
    >
      {exceptions.length === 0 ? (
        <EmptyState title={t('exceptions.emptyTitle')} description={t('exceptions.empty')} />
      ) : (
        <Table<PolicyException>
          rowKey="id"
          columns={columns}
          dataSource={[...exceptions]}
          pagination={exceptions.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false}
          onRow={(exception) =>
            ({ 'data-testid': 'policy-exception', 'data-control-name': exception.controlName }) as never
          }
          scroll={{ x: 860 }}
        />
      )}
    </Card>
  );
}
