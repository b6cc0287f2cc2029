import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppRole, CouncilKind, CouncilMemberRole, GovernanceRole, OrgUnitKind } from '../gql/graphql';

const governanceRoleColors: Record<GovernanceRole, string> = {
  executive_sponsor: 'purple',
  chief_data_officer: 'magenta',
  data_owner: 'volcano',
  business_steward: 'cyan',
  technical_steward: 'geekblue',
  custodian: 'lime',
  council_member: 'gold',
};

/** A governance role as a tag, optionally with the scope it is held for ("Data owner · Customer"). */
export function GovernanceRoleTag({
  role,
  scope,
  tooltip,
}: {
  role: GovernanceRole;
  scope?: string | null;
  /** Replaces the role's explanation on hover (the domains behind "5 domains"). */
  tooltip?: string;
}) {
  const { t } = useTranslation('enums');
  return (
    <Tooltip title={tooltip ?? t(`governanceRoleHint.${role}`)}>
      <Tag color={governanceRoleColors[role]} className="role-tag">
        {t(`governanceRole.${role}`)}
        {scope ? <span className="role-tag-scope"> · {scope}</span> : null}
      </Tag>
    </Tooltip>
  );
}

const appRoleColors: Record<AppRole, string> = {
  admin: 'red',
  steward: 'green',
  architect: 'geekblue',
  executive: 'purple',
  viewer: 'default',
};

export function AppRoleTag({ role }: { role: AppRole }) {
  const { t } = useTranslation('enums');
  return (
    <Tooltip title={t(`appRoleHint.${role}`)}>
      <Tag color={appRoleColors[role]}>{t(`appRole.${role}`)}</Tag>
    </Tooltip>
  );
}

const councilKindColors: Record<CouncilKind, string> = {
  executive_sponsors: 'purple',
  governance_council: 'geekblue',
  stewardship_council: 'cyan',
};

export function CouncilKindTag({ kind }: { kind: CouncilKind }) {
  const { t } = useTranslation('enums');
  return <Tag color={councilKindColors[kind]}>{t(`councilKind.${kind}`)}</Tag>;
}

export function SeatTag({ role }: { role: CouncilMemberRole }) {
  const { t } = useTranslation('enums');
  const color = role === 'chair' ? 'gold' : role === 'secretary' ? 'blue' : 'default';
  return <Tag color={color}>{t(`councilMemberRole.${role}`)}</Tag>;
}

export function OrgUnitKindTag({ kind }: { kind: OrgUnitKind }) {
  const { t } = useTranslation('enums');
  const color = { group: 'purple', division: 'geekblue', department: 'cyan', team: 'green' }[kind];
  return <Tag color={color}>{t(`orgUnitKind.${kind}`)}</Tag>;
}
