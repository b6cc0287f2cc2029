import { CheckCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/viewer-context';
import type { OverviewQuery } from '../../gql/graphql';

type Gap = OverviewQuery['stewardshipCoverage']['gaps'][number];

/** Domains missing an owner or a steward, each linking to the domain to fix it. */
/** The role to fill first: the accountable owner, then the business steward. */
function missingRole(gap: Gap): 'data_owner' | 'business_steward' {
  return gap.hasOwner ? 'business_steward' : 'data_owner';
}

export function GapsCard({ gaps }: { gaps: readonly Gap[] }) {
  const { t } = useTranslation(['overview', 'enums']);
  const canWrite = useCan('stewardship:write');
  const sentence = (gap: Gap) => {
    const domain = gap.domain.name;
    if (!gap.hasOwner && !gap.hasSteward) return t('gaps.noOwnerNoSteward', { domain });
    return gap.hasOwner ? t('gaps.noSteward', { domain }) : t('gaps.noOwner', { domain });
  };

  return (
    <Card
      title={t('gaps.title')}
      className="overview-card"
      extra={<Tag color={gaps.length ? 'orange' : 'green'}>{gaps.length}</Tag>}
      data-testid="gaps-card"
    >
      <Typography.Paragraph type="secondary">{t('gaps.hint')}</Typography.Paragraph>
      {gaps.length === 0 ? (
        <Flex gap={10} align="center" className="gaps-none">
          <CheckCircleTwoTone twoToneColor="#52c41a" aria-hidden />
          <Typography.Text>{t('gaps.none')}</Typography.Text>
        </Flex>
      ) : (
        <List
          dataSource={[...gaps]}
          rowKey={(gap) => gap.domain.id}
          renderItem={(gap) => (
            <List.Item
              actions={[
                canWrite ? (
                  <Link
                    key="fix"
                    to={`/domains/${gap.domain.id}?assign=${missingRole(gap)}`}
                    aria-label={t('gaps.fixLabel', {
                      role: t(`enums:governanceRole.${missingRole(gap)}`).toLowerCase(),
                      domain: gap.domain.name,
                    })}
                  >
                    {t('gaps.fix')}
                  </Link>
                ) : (
                  <Link key="open" to={`/domains/${gap.domain.id}`}>
                    {t('gaps.open')}
                  </Link>
                ),
              ]}
            >
              <Flex gap={10} align="flex-start">
                <WarningTwoTone twoToneColor="#fa8c16" style={{ marginTop: 4 }} aria-hidden />
                <Flex vertical>
                  <Link to={`/domains/${gap.domain.id}`}>{sentence(gap)}</Link>
                  {gap.domain.path.length > 1 ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {gap.domain.path.join(' / ')}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
