import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import type { PeopleQuery } from '../../gql/graphql';

type PersonRow = PeopleQuery['people']['nodes'][number];

interface PeopleTableProps {
  people: readonly PersonRow[];
  loading: boolean;
  isFiltered: boolean;
  onClearFilters: () => void;
}

export function PeopleTable({ people, loading, isFiltered, onClearFilters }: PeopleTableProps) {
  const { t } = useTranslation(['people', 'common']);
  const columns: ColumnsType<PersonRow> = [
    {
      title: t('columns.name'),
      key: 'name',
      width: 320,
      render: (_value, person) => (
        <Flex gap={12} align="center">
          <PersonAvatar name={person.name} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Link to={`/people/${person.id}`} className="strong-link">
              {person.name}
            </Link>
            <Typography.Text type="secondary" className="person-email">
              {person.email}
            </Typography.Text>
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('columns.title'),
      dataIndex: 'title',
      key: 'title',
      width: 200,
      render: (title: string | null) => title ?? '—',
    },
    {
      title: t('columns.orgUnit'),
      key: 'orgUnit',
      width: 170,
      render: (_value, person) => person.orgUnit?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('columns.roles'),
      key: 'roles',
      render: (_value, person) =>
        person.roles.length ? (
          <Flex gap={4} wrap>
            {person.roles.map((role) => (
              <GovernanceRoleTag key={role.id} role={role.role} scope={role.domain?.name} />
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('noRoles')}</Typography.Text>
        ),
    },
    {
      title: t('columns.status'),
      key: 'status',
      width: 110,
      render: (_value, person) =>
        person.active ? <Tag color="green">{t('common:status.active')}</Tag> : <Tag>{t('common:status.inactive')}</Tag>,
    },
  ];

  return (
    <Table<PersonRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...people]}
      loading={loading}
      pagination={false}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong>{t('empty.title')}</Typography.Text>
                <Typography.Text type="secondary">{isFiltered ? t('empty.filtered') : t('empty.none')}</Typography.Text>
              </Flex>
            }
          >
            {isFiltered ? <Button onClick={onClearFilters}>{t('empty.clear')}</Button> : null}
          </Empty>
        ),
      }}
    />
  );
}
