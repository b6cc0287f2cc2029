import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import type { GovernanceRole, PeopleQuery } from '../../gql/graphql';

type PersonRow = PeopleQuery['people']['nodes'][number];
type Role = PersonRow['roles'][number];

interface PeopleTableProps {
  people: readonly PersonRow[];
  loading: boolean;
  isFiltered: boolean;
  canCreate: boolean;
  onCreate: () => void;
  onClearFilters: () => void;
}

/** A person's roles, one tag per role: "Custodian · Supplier", or "Custodian · 5 domains" with the list on hover. */
function groupRoles(roles: readonly Role[]): { role: GovernanceRole; domains: string[] }[] {
  const groups: { role: GovernanceRole; domains: string[] }[] = [];
  for (const item of roles) {
    let group = groups.find((entry) => entry.role === item.role);
    if (!group) {
      group = { role: item.role, domains: [] };
      groups.push(group);
    }
    if (item.domain) group.domains.push(item.domain.name);
  }
  return groups;
}

function Ellipsis({ children, secondary = false }: { children: string; secondary?: boolean }) {
  return (
    <Typography.Text ellipsis={{ tooltip: children }} type={secondary ? 'secondary' : undefined}>
      {children}
    </Typography.Text>
  );
}

export function PeopleTable({ people, loading, isFiltered, canCreate, onCreate, onClearFilters }: PeopleTableProps) {
  const { t } = useTranslation(['people', 'common']);
  // Below xl (the sider open at 1024 px) title and org unit share a column.
  const wide = Grid.useBreakpoint().xl ?? true;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const columns: ColumnsType<PersonRow> = [
    {
      title: t('columns.name'),
      key: 'name',
      width: wide ? '27%' : '32%',
      render: (_value, person) => (
        <Flex gap={10} align="center" style={{ minWidth: 0 }}>
          <PersonAvatar name={person.name} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text ellipsis={{ tooltip: person.name }}>
              <Link to={`/people/${person.id}`} className="strong-link">
                {person.name}
              </Link>
            </Typography.Text>
            <Typography.Text type="secondary" className="person-email" ellipsis={{ tooltip: person.email }}>
              {person.email}
            </Typography.Text>
          </Flex>
        </Flex>
      ),
    },
    ...(wide
      ? [
          {
            title: t('columns.title'),
            key: 'title',
            width: '18%',
            render: (_value: unknown, person: PersonRow) => (person.title ? <Ellipsis>{person.title}</Ellipsis> : dash),
          },
          {
            title: t('columns.orgUnit'),
            key: 'orgUnit',
            width: '15%',
            render: (_value: unknown, person: PersonRow) =>
              person.orgUnit ? <Ellipsis>{person.orgUnit.name}</Ellipsis> : dash,
          },
        ]
      : [
          {
            title: t('columns.titleAndUnit'),
            key: 'title',
            width: '26%',
            render: (_value: unknown, person: PersonRow) => (
              <Flex vertical style={{ minWidth: 0 }}>
                {person.title ? <Ellipsis>{person.title}</Ellipsis> : dash}
                {person.orgUnit ? <Ellipsis secondary>{person.orgUnit.name}</Ellipsis> : null}
              </Flex>
            ),
          },
        ]),
    {
      title: t('columns.roles'),
      key: 'roles',
      render: (_value, person) =>
        person.roles.length ? (
          <Flex gap={4} wrap>
            {groupRoles(person.roles).map(({ role, domains }) => (
              <GovernanceRoleTag
                key={role}
                role={role}
                scope={domains.length > 1 ? t('domainCount', { count: domains.length }) : domains[0]}
                tooltip={domains.length > 1 ? domains.join(', ') : undefined}
              />
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('noRoles')}</Typography.Text>
        ),
    },
    {
      title: t('columns.status'),
      key: 'status',
      width: 96,
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
      tableLayout="fixed"
      scroll={{ x: 680 }}
      locale={{
        emptyText: loading ? (
          <span />
        ) : (
          <EmptyState
            title={t('empty.title')}
            description={isFiltered ? t('empty.filtered') : t('empty.none')}
            action={
              isFiltered ? (
                <Button onClick={onClearFilters}>{t('empty.clear')}</Button>
              ) : canCreate ? (
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onCreate}>
                  {t('create')}
                </Button>
              ) : null
            }
          />
        ),
      }}
    />
  );
}
