import { CalendarOutlined, DeleteOutlined, EditOutlined, MoreOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { CouncilKindTag } from '../../components/enum-tags';
import type { CouncilsQuery } from '../../gql/graphql';
import { AddMemberModal } from './add-member-modal';
import { CouncilFormModal } from './council-form-modal';
import { CouncilMemberList } from './council-member-list';
import { DeleteCouncilMutation } from './councils.graphql';

export type Council = CouncilsQuery['councils']['nodes'][number];

interface CouncilCardProps {
  council: Council;
  canWrite: boolean;
  onReload: () => void;
}

/** One council: kind, purpose, rhythm and its members, chair first. */
export function CouncilCard({ council, canWrite, onReload }: CouncilCardProps) {
  const { t } = useTranslation(['councils', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, deleteCouncil] = useMutation(DeleteCouncilMutation);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);

  const confirmDelete = () =>
    modal.confirm({
      title: t('deleteTitle', { name: council.name }),
      content: t('deleteBody', { count: council.members.length }),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await deleteCouncil({ input: { id: council.id, version: council.version } });
        handle(
          { payload: outcome.data?.deleteCouncil, error: outcome.error },
          { onReload, successMessage: t('deleted', { name: council.name }) },
        );
      },
    });

  return (
    <Card
      className="council-card"
      data-testid="council-card"
      title={
        <Flex vertical gap={4} className="council-card-title">
          <Typography.Text strong className="council-name">
            {council.name}
          </Typography.Text>
          <div>
            <CouncilKindTag kind={council.kind} />
          </div>
        </Flex>
      }
      extra={
        canWrite ? (
          <Flex gap={4}>
            <Button icon={<UserAddOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('addMember')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'edit', icon: <EditOutlined aria-hidden />, label: t('edit') },
                  { key: 'delete', icon: <DeleteOutlined aria-hidden />, label: t('delete'), danger: true },
                ],
                onClick: ({ key }) => (key === 'edit' ? setEditing(true) : confirmDelete()),
              }}
            >
              <Button icon={<MoreOutlined aria-hidden />} aria-label={`${t('common:actions.more')}: ${council.name}`} />
            </Dropdown>
          </Flex>
        ) : null
      }
    >
      <Typography.Paragraph type={council.purpose ? undefined : 'secondary'} className="council-purpose">
        {council.purpose ?? t('noPurpose')}
      </Typography.Paragraph>
      <Flex gap={8} align="center" className="council-cadence">
        <CalendarOutlined aria-hidden />
        <Typography.Text type="secondary">{council.cadence ?? t('noCadence')}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" className="council-members-heading">
        {t('members', { count: council.members.length })}
      </Typography.Text>
      <CouncilMemberList council={council} canWrite={canWrite} onReload={onReload} />
      {canWrite ? (
        <>
          <CouncilFormModal open={editing} council={council} onClose={() => setEditing(false)} onReload={onReload} />
          <AddMemberModal open={adding} council={council} onClose={() => setAdding(false)} onReload={onReload} />
        </>
      ) : null}
    </Card>
  );
}
