import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { RaciTag } from '../../components/raci-tag';
import type { PersonQuery } from '../../gql/graphql';

type Role = NonNullable<PersonQuery['person']>['roles'][number];

/** The roles a person holds, with the domain (or the program) and the RACI letter. */
export function PersonRolesCard({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation(['people', 'common']);
  return (
    <Card title={t('detail.roles')} className="stacked-card" data-testid="person-roles">
      {roles.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noRolesHeld')} />
      ) : (
        <Table<Role>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...roles]}
          columns={[
            { title: t('detail.role'), key: 'role', render: (_v, role) => <GovernanceRoleTag role={role.role} /> },
            {
              title: t('detail.scope'),
              key: 'scope',
              render: (_v, role) =>
                role.domain ? (
                  <Link to={`/domains/${role.domain.id}`}>{role.domain.path.join(' / ')}</Link>
                ) : (
                  t('common:program')
                ),
            },
            { title: t('detail.raci'), key: 'raci', width: 80, render: (_v, role) => <RaciTag letter={role.raci} /> },
            {
              title: t('detail.note'),
              key: 'note',
              render: (_v, role) => <Typography.Text type="secondary">{role.note ?? ''}</Typography.Text>,
            },
          ]}
        />
      )}
    </Card>
  );
}
