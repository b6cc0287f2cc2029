import { WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GovernanceRole } from '../gql/graphql';
import { requiredDomainRoles } from './domain-roles';

/**
 * "Nobody holds this role", the same on every screen: an amber "Nobody yet" where the role is
 * needed (data owner, business steward), a muted dash where it is optional.
 */
export function VacantRole({ of: role }: { of: GovernanceRole }) {
  const { t } = useTranslation(['common', 'enums']);
  const roleLabel = t(`enums:governanceRole.${role}`).toLowerCase();
  if ((requiredDomainRoles as readonly string[]).includes(role)) {
    return (
      <Tooltip title={t('vacant.requiredHint', { role: roleLabel })}>
        <Tag color="warning" icon={<WarningOutlined aria-hidden />} className="holder-vacant">
          {t('vacant.required')}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={t('vacant.optionalHint', { role: roleLabel })}>
      <span className="vacant-optional" role="img" aria-label={t('vacant.optionalHint', { role: roleLabel })}>
        —
      </span>
    </Tooltip>
  );
}
