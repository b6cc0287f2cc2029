import { Avatar, Card, Empty, Flex, List, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CouncilKindTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import type { OverviewQuery } from '../../gql/graphql';

type Council = OverviewQuery['councils']['nodes'][number];

/** Each council in one line: kind, chair, cadence and faces. */
export function CouncilsGlance({ councils }: { councils: readonly Council[] }) {
  const { t } = useTranslation('overview');
  return (
    <Card
      title={t('councils.title')}
      className="overview-card"
      extra={<Link to="/councils">{t('councils.all')}</Link>}
      data-testid="councils-glance"
    >
      <Typography.Paragraph type="secondary">{t('councils.hint')}</Typography.Paragraph>
      {councils.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('councils.empty')} />
      ) : (
        <List
          dataSource={[...councils]}
          rowKey="id"
          renderItem={(council) => {
            const chair = council.members.find((member) => member.role === 'chair');
            return (
              <List.Item>
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <Flex justify="space-between" align="center" gap={8}>
                    <Link to="/councils" className="council-glance-name">
                      {council.name}
                    </Link>
                    <CouncilKindTag kind={council.kind} />
                  </Flex>
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {chair ? t('councils.chair', { name: chair.person.name }) : t('councils.noChair')}
                      {council.cadence ? ` · ${council.cadence}` : ''}
                    </Typography.Text>
                    <Tooltip title={council.members.map((member) => member.person.name).join(', ') || undefined}>
                      <span
                        className="avatar-stack"
                        role="img"
                        aria-label={t('councils.members', { count: council.members.length })}
                      >
                        <Avatar.Group
                          max={{ count: 4, style: { backgroundColor: '#e6f4f3', color: '#0b6e69' } }}
                          size={26}
                        >
                          {council.members.map((member) => (
                            <PersonAvatar key={member.id} name={member.person.name} size={26} />
                          ))}
                        </Avatar.Group>
                      </span>
                    </Tooltip>
                  </Flex>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
