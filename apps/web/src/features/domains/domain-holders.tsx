import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../components/person-avatar';
import { VacantRole } from '../../components/vacant-role';
import type { GovernanceRole } from '../../gql/graphql';
import type { DomainResponsibility } from './responsibility-type';

interface DomainHoldersProps {
  of: GovernanceRole;
  /** In the server's order (accountable first, then by name). */
  holders: readonly DomainResponsibility[];
}

/** People holding a role on a domain; inherited ones grey and italic with where they come from. */
export function DomainHolders({ of: role, holders }: DomainHoldersProps) {
  const { t } = useTranslation(['domains', 'common']);
  if (holders.length === 0) return <VacantRole of={role} />;
  return (
    <Flex vertical gap={4}>
      {holders.map(({ assignment, inherited, heldOn }) => (
        <Flex
          key={assignment.id}
          gap={8}
          align="center"
          className={inherited ? 'holder holder-inherited' : 'holder'}
          style={{ minWidth: 0 }}
        >
          <PersonAvatar name={assignment.person.name} size={22} />
          <Tooltip
            title={
              inherited
                ? `${assignment.person.name}: ${t('common:inherited.tooltip', { domain: heldOn.name })}`
                : assignment.person.name
            }
          >
            <Typography.Text ellipsis className="holder-name">
              <Link to={`/people/${assignment.person.id}`}>{assignment.person.name}</Link>
              {inherited ? (
                <span className="inherited-note"> {t('common:inherited.from', { domain: heldOn.name })}</span>
              ) : null}
            </Typography.Text>
          </Tooltip>
        </Flex>
      ))}
    </Flex>
  );
}
