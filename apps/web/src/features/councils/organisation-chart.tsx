import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CouncilKindTag } from '../../components/enum-tags';
import { PersonAvatar } from '../../components/person-avatar';
import { VacantRole } from '../../components/vacant-role';
import type { ProgramOrganisationQuery } from '../../gql/graphql';
import './councils.css';

type Organisation = NonNullable<ProgramOrganisationQuery['program']>['organisation'];
export type ChartCouncil = Organisation['councils'][number];
export type ChartDomain = Organisation['domains'][number];
type ChartPerson = { id: string; name: string; title?: string | null };

/** One level of the chart: its name above, its boxes side by side, a line up to the level above. */
export function OrgTier({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <section className="org-tier" aria-label={label} data-testid={testId}>
      <Typography.Text className="org-tier-label">{label}</Typography.Text>
      <div className="org-tier-nodes">{children}</div>
    </section>
  );
}

/** A gap in the chart, in words: what is missing and, where the viewer can fix it, where. */
export function OrgGap({ text, hint, action }: { text: string; hint?: string; action?: ReactNode }) {
  return (
    <Flex vertical align="center" gap={4} className="org-empty">
      <Flag text={text} hint={hint} />
      {action}
    </Flex>
  );
}

/** A person as a box: face, name (to their page) and job title. */
export function PersonNode({ person }: { person: ChartPerson }) {
  return (
    <Flex align="center" gap={10} className="org-node org-node-person" data-testid="org-person">
      <PersonAvatar name={person.name} />
      <Flex vertical style={{ minWidth: 0 }}>
        <Link to={`/people/${person.id}`} className="org-node-title">
          {person.name}
        </Link>
        {person.title ? (
          <Typography.Text type="secondary" className="org-node-subtitle" ellipsis>
            {person.title}
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}

function PersonLine({ person, suffix }: { person: ChartPerson; suffix?: ReactNode }) {
  return (
    <Flex align="center" gap={6} className="org-member">
      <PersonAvatar name={person.name} size={22} />
      <Link to={`/people/${person.id}`} title={person.name}>
        {person.name}
      </Link>
      {suffix}
    </Flex>
  );
}

function Flag({ text, hint }: { text: string; hint?: string }) {
  return (
    <Tooltip title={hint}>
      <Tag color="warning" icon={<WarningOutlined aria-hidden />} className="org-flag">
        {text}
      </Tag>
    </Tooltip>
  );
}

/**
 * A council as a box: its name (to its page), chair and members. A council without a chair, or
 * with fewer members than the step's criterion asks (`minimum`), says so.
 */
export function CouncilNode({ council, minimum }: { council: ChartCouncil; minimum: number | null }) {
  const { t } = useTranslation('councils');
  const chair = council.members.find((member) => member.role === 'chair');
  const others = council.members.filter((member) => member !== chair);
  const size = council.members.length;
  const tooSmall = minimum !== null && size > 0 && size < minimum;
  const flagged = !chair || size === 0 || tooSmall;
  return (
    <div className={flagged ? 'org-node org-node-flagged' : 'org-node'} data-testid="org-council">
      <Flex vertical gap={2}>
        <Link to={`/councils/${council.id}`} className="org-node-title">
          {council.name}
        </Link>
        <div>
          <CouncilKindTag kind={council.kind} />
        </div>
      </Flex>
      <div className="org-node-row">
        <Typography.Text type="secondary" className="org-node-row-label">
          {t('organisation.chair')}
        </Typography.Text>
        {chair ? (
          <PersonLine person={chair.person} />
        ) : (
          <Flag text={t('organisation.noChair')} hint={t('organisation.noChairHint')} />
        )}
      </div>
      <div className="org-node-row">
        <Typography.Text type="secondary" className="org-node-row-label">
          {t('organisation.members', { count: size })}
        </Typography.Text>
        {size === 0 ? <Flag text={t('organisation.noMembers')} /> : null}
        {others.length ? (
          <Flex wrap gap={4} className="org-members">
            {others.map((member) => (
              <PersonLine key={member.id} person={member.person} />
            ))}
          </Flex>
        ) : null}
        {tooSmall ? (
          <div className="org-node-row">
            <Flag text={t('organisation.tooSmall', { count: size, minimum })} />
          </div>
        ) : null}
      </div>
    </div>
  );
}

type Holder = ChartDomain['responsibilities'][number];

function Holders({ holders, of: role }: { holders: Holder[]; of: 'data_owner' | 'business_steward' }) {
  const { t } = useTranslation('councils');
  if (holders.length === 0) return <VacantRole of={role} />;
  return (
    <Flex vertical gap={4}>
      {holders.map(({ assignment, inherited, heldOn }) => (
        <div key={assignment.id} className={inherited ? 'holder-inherited' : undefined}>
          <PersonLine
            person={assignment.person}
            suffix={
              inherited ? (
                <span className="inherited-note">{t('organisation.inherited', { domain: heldOn.name })}</span>
              ) : null
            }
          />
        </div>
      ))}
    </Flex>
  );
}

/** A domain in scope as a box: its accountable data owner and business stewards, vacancies flagged. */
export function DomainNode({ domain }: { domain: ChartDomain }) {
  const { t } = useTranslation('councils');
  // The accountable owner is the data owner marked A (a domain has one); stewards are all of theirs.
  const owners = domain.responsibilities.filter(
    (item) => item.assignment.role === 'data_owner' && item.assignment.raci === 'A',
  );
  const stewards = domain.responsibilities.filter((item) => item.assignment.role === 'business_steward');
  const flagged = owners.length === 0 || stewards.length === 0;
  return (
    <div className={flagged ? 'org-node org-node-flagged' : 'org-node'} data-testid="org-domain">
      <Link to={`/domains/${domain.id}`} className="org-node-title">
        {domain.name}
      </Link>
      <div className="org-node-row">
        <Typography.Text type="secondary" className="org-node-row-label">
          {t('organisation.owner')}
        </Typography.Text>
        <Holders holders={owners} of="data_owner" />
      </div>
      <div className="org-node-row">
        <Typography.Text type="secondary" className="org-node-row-label">
          {t('organisation.stewards')}
        </Typography.Text>
        <Holders holders={stewards} of="business_steward" />
      </div>
    </div>
  );
}
