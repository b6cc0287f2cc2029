import { CloseOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, List, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { SeatTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import type { CouncilMemberRole } from '../../gql/graphql';
import type { SeatedCouncil } from './council-card';
import { RemoveCouncilMemberMutation, SetCouncilMemberMutation } from './councils.graphql';

const seats: CouncilMemberRole[] = ['chair', 'secretary', 'member'];

interface CouncilMemberListProps {
  council: SeatedCouncil;
  canWrite: boolean;
  onReload: () => void;
}

/** Members, chair first (the server's order); the seat is a select for those who may change it. */
export function CouncilMemberList({ council, canWrite, onReload }: CouncilMemberListProps) {
  const { t } = useTranslation(['councils', 'common', 'enums']);
  const { modal } = App.useApp();
  const handle = useResultHandler();
  const [, setCouncilMember] = useMutation(SetCouncilMemberMutation);
  const [, removeCouncilMember] = useMutation(RemoveCouncilMemberMutation);

  if (council.members.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noMembers')} />;
  }

  const changeSeat = async (personId: string, name: string, role: CouncilMemberRole) => {
    const outcome = await setCouncilMember({
      input: { councilId: council.id, councilVersion: council.version, personId, role },
    });
    handle(
      { payload: outcome.data?.setCouncilMember, error: outcome.error },
      {
        onReload,
        successMessage: t('seatChanged', {
          name,
          seat: t(`enums:councilMemberRole.${role}`).toLowerCase(),
          council: council.name,
        }),
      },
    );
  };

  const confirmRemove = (personId: string, name: string) =>
    modal.confirm({
      title: t('removeTitle', { name, council: council.name }),
      content: t('removeBody'),
      okText: t('common:actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        const outcome = await removeCouncilMember({
          input: { councilId: council.id, councilVersion: council.version, personId },
        });
        handle(
          { payload: outcome.data?.removeCouncilMember, error: outcome.error },
          { onReload, successMessage: t('removed', { name, council: council.name }) },
        );
      },
    });

  return (
    <List
      className="council-members"
      dataSource={[...council.members]}
      rowKey="id"
      size="small"
      renderItem={(member) => (
        <List.Item>
          <Flex align="center" gap={10} style={{ width: '100%' }}>
            <PersonAvatar name={member.person.name} size="small" />
            <Flex vertical style={{ flex: 1, minWidth: 0 }}>
              <Link to={`/people/${member.person.id}`}>{member.person.name}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {member.person.title}
              </Typography.Text>
            </Flex>
            {canWrite ? (
              <>
                <Select<CouncilMemberRole>
                  size="small"
                  value={member.role}
                  variant="borderless"
                  aria-label={t('changeSeat')}
                  popupMatchSelectWidth={false}
                  onChange={(role) => void changeSeat(member.person.id, member.person.name, role)}
                  options={seats.map((seat) => ({ value: seat, label: <SeatTag role={seat} /> }))}
                />
                <Tooltip title={t('removeMember')}>
                  <Button
                    type="text"
                    size="small"
                    className="row-remove"
                    icon={<CloseOutlined aria-hidden />}
                    aria-label={`${t('removeMember')}: ${member.person.name}`}
                    onClick={() => confirmRemove(member.person.id, member.person.name)}
                  />
                </Tooltip>
              </>
            ) : (
              <SeatTag role={member.role} />
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
