import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DomainRole, domainRoles } from '../../components/domain-roles';
import { GovernanceRoleTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import { RaciTag } from '../../components/raci-tag';
import type { DataAssetQuery } from '../../gql/graphql';
import { AssignRoleModal } from '../domains/assign-role-modal';

type Asset = NonNullable<DataAssetQuery['dataAsset']>;

/** Owners and stewards of a table: held on it, or coming from its domain, per role. */
export function AssetOwnersCard({
  asset,
  canAssign,
  onChanged,
}: {
  asset: Asset;
  canAssign: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['catalog', 'enums']);
  const [assigning, setAssigning] = useState<DomainRole | null>(null);
  return (
    <Card title={t('ownership.title')} className="stacked-card" data-testid="asset-owners">
      <Typography.Paragraph type="secondary">{t('ownership.help')}</Typography.Paragraph>
      <Flex vertical gap={12}>
        {domainRoles.map((role) => {
          const holders = asset.responsibilities.filter((item) => item.assignment.role === role);
          return (
            <Flex key={role} gap={12} align="flex-start" justify="space-between" className="asset-owner-row">
              <div style={{ minWidth: 150 }}>
                <GovernanceRoleTag role={role} />
              </div>
              <Flex vertical gap={6} style={{ flex: 1 }}>
                {holders.length === 0 ? (
                  <Typography.Text type="secondary">{t('ownership.nobody')}</Typography.Text>
                ) : (
                  holders.map(({ assignment, inheritedFrom }) => (
                    <Flex key={assignment.id} gap={8} align="center" wrap>
                      <PersonAvatar name={assignment.person.name} size="small" />
                      <Link to={`/people/${assignment.person.id}`}>{assignment.person.name}</Link>
                      {assignment.raci ? <RaciTag letter={assignment.raci} /> : null}
                      {inheritedFrom ? (
                        <Typography.Text type="secondary" className="catalog-source-description">
                          {t('ownership.fromDomain')}{' '}
                          <Link to={`/domains/${inheritedFrom.id}`}>{inheritedFrom.name}</Link>
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ))
                )}
              </Flex>
              {canAssign && !asset.removedAt ? (
                <Button
                  size="small"
                  type="text"
                  icon={<PlusOutlined aria-hidden />}
                  aria-label={t('ownership.assign', { role: t(`enums:governanceRole.${role}`) })}
                  onClick={() => setAssigning(role)}
                />
              ) : null}
            </Flex>
          );
        })}
      </Flex>
      {canAssign ? (
        <AssignRoleModal
          open={assigning !== null}
          domain={{ id: asset.id, name: asset.qualifiedName, responsibilities: asset.responsibilities }}
          scopeType="asset"
          initialRole={assigning ?? 'data_owner'}
          onClose={() => {
            setAssigning(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
