import { FileTextOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import { RaciTag } from '../../components/raci-tag';
import type { OverviewQuery } from '../../gql/graphql';

type ProgramRole = OverviewQuery['programRoles'][number];

/** Sponsors, the governance lead and program council members. */
export function ProgramRolesCard({ roles }: { roles: readonly ProgramRole[] }) {
  const { t } = useTranslation('overview');
  return (
    <Card title={t('program.title')} className="overview-card" data-testid="program-roles-card">
      <Typography.Paragraph type="secondary">{t('program.hint')}</Typography.Paragraph>
      {roles.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('program.empty')} />
      ) : (
        <List
          dataSource={[...roles]}
          rowKey="id"
          renderItem={(role) => (
            <List.Item>
              <Flex gap={12} align="center" style={{ width: '100%' }}>
                <PersonAvatar name={role.person.name} />
                <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                  <Link to={`/people/${role.person.id}`}>{role.person.name}</Link>
                  {role.person.title ? (
                    <Typography.Text type="secondary" className="holder-title" ellipsis>
                      {role.person.title}
                    </Typography.Text>
                  ) : null}
                  {role.note ? (
                    <Typography.Text className="holder-note" italic ellipsis={{ tooltip: role.note }}>
                      <FileTextOutlined aria-label={t('program.note')} /> {role.note}
                    </Typography.Text>
                  ) : null}
                </Flex>
                <GovernanceRoleTag role={role.role} />
                <RaciTag letter={role.raci} person={role.person.name} />
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
