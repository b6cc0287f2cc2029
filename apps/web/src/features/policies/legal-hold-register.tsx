import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { When } from '../../components/when';
import type { LegalHoldRegisterQuery as LegalHoldRegisterData } from '../../gql/graphql';
import { Nothing, PersonLink, RegisterPane, TableLink } from './register-parts';
import { LegalHoldRegisterQuery } from './registers.graphql';

type Hold = LegalHoldRegisterData['legalHolds'][number];

/** Standing (the table's rows are kept) or lifted. */
function HoldStateTag({ standing }: { standing: boolean }) {
  const { t } = useTranslation('policies');
  return (
    <Tag
      color={standing ? 'volcano' : 'default'}
      icon={standing ? <LockOutlined aria-hidden /> : <UnlockOutlined aria-hidden />}
      className="policy-tag"
      data-testid="legal-hold-state"
      data-standing={standing}
    >
      {standing ? t('registers.holds.standing') : t('registers.holds.lifted')}
    </Tag>
  );
}

/** "Sarah Updown" over "2 days ago". */
function ByWhom({ person, at }: { person: Hold['placedBy']; at: string }) {
  return (
    <Flex vertical gap={0}>
      <PersonLink person={person} />
      <Typography.Text type="secondary" className="policy-small">
        <When at={at} />
      </Typography.Text>
    </Flex>
  );
}

/**
 * The register of legal holds (deliverable D13.3): every hold on every table, standing ones first,
 * with the matter, why, who placed it and, once lifted, who lifted it, when and why.
 */
export function LegalHoldRegister() {
  const { t } = useTranslation('policies');
  const [{ data, error, fetching }, refetch] = useQuery({ query: LegalHoldRegisterQuery });
  const holds = data?.legalHolds ?? [];
  const standing = holds.filter((hold) => !hold.releasedAt).length;

  const columns: ColumnsType<Hold> = [
    {
      key: 'state',
      title: t('registers.status'),
      width: 120,
      render: (_value, hold) => <HoldStateTag standing={!hold.releasedAt} />,
    },
    {
      key: 'table',
      title: t('registers.table'),
      width: 180,
      render: (_value, hold) => <TableLink table={hold.table} />,
    },
    {
      key: 'matter',
      title: t('registers.holds.matter'),
      width: 200,
      render: (_value, hold) => <Typography.Text strong>{hold.matter}</Typography.Text>,
    },
    {
      key: 'reason',
      title: t('registers.holds.reason'),
      render: (_value, hold) =>
        hold.reason ? (
          <Typography.Paragraph className="policy-exception-reason" ellipsis={{ rows: 3, expandable: true }}>
            {hold.reason}
          </Typography.Paragraph>
        ) : (
          <Nothing />
        ),
    },
    {
      key: 'placed',
      title: t('registers.holds.placed'),
      width: 160,
      render: (_value, hold) => <ByWhom person={hold.placedBy} at={hold.placedAt} />,
    },
    {
      key: 'lifted',
      title: t('registers.holds.liftedColumn'),
      width: 200,
      render: (_value, hold) =>
        hold.releasedAt ? (
          <Flex vertical gap={2}>
            <ByWhom person={hold.releasedBy} at={hold.releasedAt} />
            {hold.releaseNote ? (
              <Typography.Text type="secondary" italic data-testid="legal-hold-release-note">
                {hold.releaseNote}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('registers.holds.notLifted')}</Typography.Text>
        ),
    },
  ];

  return (
    <RegisterPane
      name={t('registers.holds.name')}
      intro={t('registers.holds.intro')}
      extra={t('registers.holds.counts', { count: holds.length, standing })}
      testId="legal-hold-register"
      loading={fetching && !data}
      failed={Boolean(error && !data)}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      empty={
        holds.length === 0 ? { title: t('registers.holds.emptyTitle'), description: t('registers.holds.empty') } : null
      }
    >
      <Table<Hold>
        rowKey="id"
        columns={columns}
        dataSource={holds}
        pagination={holds.length > 20 ? { pageSize: 20, hideOnSinglePage: true } : false}
        onRow={(hold) =>
          ({
            'data-testid': 'legal-hold-register-row',
            'data-matter': hold.matter,
            'data-standing': !hold.releasedAt,
          }) as never
        }
        scroll={{ x: 1100 }}
      />
    </RegisterPane>
  );
}
