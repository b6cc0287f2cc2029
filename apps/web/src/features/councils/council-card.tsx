import {
  AuditOutlined,
  CalendarOutlined,
  DeleteOutlined,
  EditOutlined,
  MoreOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { CouncilKindTag } from '../../components/enum-tags';
import type { CouncilsQuery } from '../../gql/graphql';
import { formatDay } from '../program/program-shared';
import { AddMemberModal } from './add-member-modal';
import { CouncilFormModal } from './council-form-modal';
import { CouncilMemberList } from './council-member-list';
import { DeleteCouncilMutation } from './councils.graphql';
import './councils.css';

export type Council = CouncilsQuery['councils']['nodes'][number];

/** What the member list and the add-member dialog need of a council (the list's or the council page's). */
export type SeatedCouncil = Pick<Council, 'id' | 'name' | 'version' | 'members'>;

interface CouncilCardProps {
  council: Council;
  canWrite: boolean;
  onReload: () => void;
}

/** One council: kind, purpose, rhythm and its members, chair first. */
export function CouncilCard({ council, canWrite, onReload }: CouncilCardProps) {
  const { t, i18n } = useTranslation(['councils', 'common']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, deleteCouncil] = useMutation(DeleteCouncilMutation);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  // The log comes newest first.
  const latest = council.decisions[0];

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
            <Link to={`/councils/${council.id}`}>{council.name}</Link>
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
      <Flex vertical gap={6} className="council-facts">
        <Flex gap={8} align="center">
          <CalendarOutlined aria-hidden />
          <Typography.Text type="secondary">{council.cadence ?? t('noCadence')}</Typography.Text>
        </Flex>
        <Flex gap={8} align="center" data-testid="council-decisions-summary">
          <AuditOutlined aria-hidden />
          <Typography.Text type="secondary">
            {latest
              ? t('decisionSummary', {
                  count: council.decisions.length,
                  date: formatDay(latest.decidedOn, i18n.language),
                })
              : t('noDecisionsYet')}
          </Typography.Text>
        </Flex>
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
