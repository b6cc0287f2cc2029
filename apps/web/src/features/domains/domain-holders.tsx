import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonAvatar } from '../../components/person-avatar';
import type { DomainResponsibility } from './responsibility-type';

interface DomainHoldersProps {
  holders: readonly DomainResponsibility[];
}

/** People holding a role on a domain; inherited ones grey and italic with where they come from. */
export function DomainHolders({ holders }: DomainHoldersProps) {
  const { t } = useTranslation(['domains', 'common']);
  if (holders.length === 0) {
    return (
      <Tag color="warning" icon={<WarningOutlined />} className="holder-vacant">
        {t('nobody')}
      </Tag>
    );
  }
  return (
    <Flex vertical gap={4}>
      {holders.map(({ assignment, inherited, heldOn }) => (
        <Flex key={assignment.id} gap={8} align="center" className={inherited ? 'holder holder-inherited' : 'holder'}>
          <PersonAvatar name={assignment.person.name} size={22} />
          {inherited ? (
            <Tooltip title={t('common:inherited.tooltip', { domain: heldOn.name })}>
              <span>
                <Link to={`/people/${assignment.person.id}`}>{assignment.person.name}</Link>{' '}
                <span className="inherited-note">{t('common:inherited.from', { domain: heldOn.name })}</span>
              </span>
            </Tooltip>
          ) : (
            <Link to={`/people/${assignment.person.id}`}>{assignment.person.name}</Link>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
