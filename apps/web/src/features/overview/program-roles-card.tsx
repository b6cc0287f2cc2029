import { DeleteOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import { RaciTag } from '../../components/raci-tag';
import type { OverviewQuery } from '../../gql/graphql';
import { UnassignRoleMutation } from '../domains/domains.graphql';
import { AssignProgramRoleModal } from './assign-program-role-modal';

type ProgramRole = OverviewQuery['programRoles'][number];

/** Sponsors, the governance lead and program council members; stewardship writers assign and remove them. */
export function ProgramRolesCard({
  roles,
  canWrite,
  onReload,
}: {
  roles: readonly ProgramRole[];
  canWrite: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation(['overview', 'common', 'enums']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, unassignRole] = useMutation(UnassignRoleMutation);
  const [assigning, setAssigning] = useState(false);

  const confirmRemove = (role: ProgramRole) => {
    const name = t(`enums:governanceRole.${role.role}`);
    modal.confirm({
      title: t('program.removeTitle', { name: role.person.name, role: name }),
      content: t('program.removeBody'),
      okText: t('common:actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await unassignRole({ input: { id: role.id, version: role.version } });
        handle(
          { payload: outcome.data?.unassignRole, error: outcome.error },
          { onReload, successMessage: t('program.removed', { name: role.person.name }) },
        );
      },
    });
  };

  return (
    <Card
      title={t('program.title')}
      className="overview-card"
      data-testid="program-roles-card"
      extra={
        canWrite ? (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAssigning(true)}>
            {t('program.assign')}
          </Button>
        ) : null
      }
    >
      <AssignProgramRoleModal
        open={assigning}
        onClose={() => {
          setAssigning(false);
          onReload();
        }}
      />
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
                {canWrite ? (
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('program.remove', {
                      name: role.person.name,
                      role: t(`enums:governanceRole.${role.role}`),
                    })}
                    onClick={() => confirmRemove(role)}
                  />
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
