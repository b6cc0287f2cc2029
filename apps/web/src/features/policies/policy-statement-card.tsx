import { Alert, Card, Descriptions, Flex, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/markdown/markdown';
import { RecordLinkTag } from '../../components/record-links-input';
import type { GovernancePolicyVersionFieldsFragment } from '../../gql/graphql';
import { VersionStatusTag, versionsOf } from './policy-shared';

type Version = GovernancePolicyVersionFieldsFragment;

/** The scope in words: its domains, personal-data classes and tables, or that it covers nothing yet. */
export function ScopeDescription({ scope }: { scope: Version['scope'] }) {
  const { t } = useTranslation(['policies', 'catalog']);
  return (
    <Descriptions size="small" column={1} colon={false} className="policy-facts" data-testid="policy-scope">
      <Descriptions.Item label={t('fields.domains')}>
        {scope.domains.length ? (
          <Flex wrap gap={4}>
            {scope.domains.map((link) => (
              <RecordLinkTag key={link.id} link={link} testId="policy-scope-domain" />
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('scope.noDomains')}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.classifications')}>
        {scope.classifications.length ? (
          <Flex wrap gap={4}>
            {scope.classifications.map((value) => (
              <Tag key={value} className="policy-tag" data-testid="policy-scope-class">
                {t(`catalog:pii.${value}`, { defaultValue: value })}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('scope.allClasses')}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.assets')}>
        {scope.assets.length ? (
          <Flex wrap gap={4}>
            {scope.assets.map((link) => (
              <RecordLinkTag key={link.id} link={link} testId="policy-scope-asset" />
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('scope.noAssets')}</Typography.Text>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * What the policy says: the version in force (approved, else the newest), with its driver and
 * scope; a newer draft or review can be read beside it.
 */
export function PolicyStatementCard({ versions }: { versions: readonly Version[] }) {
  const { t } = useTranslation('policies');
  const { latest, current } = versionsOf(versions);
  const [chosen, setChosen] = useState<number | null>(null);
  const open = latest && current && latest.number !== current.number ? latest : null;
  const shown = versions.find((version) => version.number === chosen) ?? current;
  if (!shown) return null;
  const empty = shown.scope.domains.length === 0 && shown.scope.assets.length === 0;
  return (
    <Card
      title={t('statement.title')}
      data-testid="policy-statement"
      extra={
        open && current ? (
          <Segmented<number>
            size="small"
            value={shown.number}
            onChange={setChosen}
            options={[current, open].map((version) => ({
              value: version.number,
              label: t('statement.versionOption', {
                number: version.number,
                status: t(`versionStatus.${version.status}`),
              }),
            }))}
          />
        ) : (
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">{t('statement.version', { number: shown.number })}</Typography.Text>
            <VersionStatusTag status={shown.status} />
          </Flex>
        )
      }
    >
      <Flex vertical gap={16}>
        {shown.status !== 'approved' ? (
          <Alert
            type={shown.status === 'retired' ? 'warning' : 'info'}
            showIcon
            title={t(`statement.notInForce.${shown.status}`, { number: shown.number })}
          />
        ) : null}
        {shown.statement.trim() ? (
          <div className="policy-statement" data-testid="policy-statement-text">
            <Markdown source={shown.statement} />
          </div>
        ) : (
          <Typography.Text type="secondary">{t('statement.empty')}</Typography.Text>
        )}
        <Descriptions size="small" column={1} colon={false} className="policy-facts">
          <Descriptions.Item label={t('fields.driver')}>
            {shown.driver ?? <Typography.Text type="secondary">{t('list.noDriver')}</Typography.Text>}
          </Descriptions.Item>
        </Descriptions>
        <div>
          <Typography.Title level={5} className="policy-subtitle">
            {t('scope.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="policy-small">
            {t('scope.help')}
          </Typography.Paragraph>
          {empty ? <Alert type="warning" showIcon title={t('scope.empty')} className="policy-modal-alert" /> : null}
          <ScopeDescription scope={shown.scope} />
        </div>
        {shown.changeNote ? (
          <Typography.Text type="secondary">{t('statement.changeNote', { note: shown.changeNote })}</Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
