import { Card, Skeleton, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../auth/viewer-context';
import { EmptyState } from '../../components/empty-state';
import { LoadError } from '../../components/load-error';
import type { CouncilKind } from '../../gql/graphql';
import { CouncilNode, DomainNode, OrgGap, OrgTier, PersonNode } from '../councils/organisation-chart';
import { ProgramOrganisationQuery } from './organisation.graphql';

/** The councils of each tier of the chart, the executive tier above the stewardship tier. */
const executiveKinds: readonly CouncilKind[] = ['executive_sponsors', 'governance_council'];
const stewardshipKinds: readonly CouncilKind[] = ['stewardship_council'];

/** The criterion whose member count a council is held to (EC5.2: chaired and staffed councils). */
const staffedCouncilsCriterion = 'EC5.2';

/**
 * Step 5's organisation chart, read top-down: executive sponsors, the program lead, the councils by
 * tier with their chairs and members, then the domains in scope with their owners and stewards.
 */
export function StepOrganisationCard({ programId }: { programId: string }) {
  const { t } = useTranslation(['councils', 'common']);
  const canManage = useCan('program:manage');
  const canWrite = useCan('stewardship:write');
  const context = useMemo(
    () => ({ additionalTypenames: ['Council', 'CouncilMember', 'Domain', 'RoleAssignment', 'Program'] }),
    [],
  );
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ProgramOrganisationQuery,
    variables: { id: programId },
    context,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const program = data?.program;

  let body: ReactNode;
  if (error && !data) body = <LoadError onRetry={reload} />;
  else if (fetching && !data) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (!program) body = <EmptyState description={t('common:errors.notFound')} />;
  else {
    const { sponsors, lead, councils, domains } = program.organisation;
    const step = program.step;
    const minimum =
      step?.thresholds.find((item) => item.key === staffedCouncilsCriterion)?.value ??
      step?.step.criteria.find((item) => item.key === staffedCouncilsCriterion)?.defaultThreshold ??
      null;
    const chooseLead = canManage ? (
      <Link to={`/program/${program.id}/settings`}>{t('organisation.setLead')}</Link>
    ) : null;
    const councilsLink = canWrite ? <Link to="/councils">{t('organisation.manageCouncils')}</Link> : null;
    const tier = (kinds: readonly CouncilKind[]) => councils.filter((council) => kinds.includes(council.kind));
    const executive = tier(executiveKinds);
    const stewardship = tier(stewardshipKinds);

    body = (
      <div className="org-chart">
        <OrgTier label={t('organisation.sponsors')} testId="org-sponsors">
          {sponsors.length ? (
            sponsors.map((person) => <PersonNode key={person.id} person={person} />)
          ) : (
            <OrgGap
              text={t('organisation.noSponsors')}
              hint={t('organisation.noSponsorsHint')}
              action={<Link to="/">{t('organisation.assignSponsor')}</Link>}
            />
          )}
        </OrgTier>
        <OrgTier label={t('organisation.lead')} testId="org-lead">
          {lead ? <PersonNode person={lead} /> : <OrgGap text={t('organisation.noLead')} action={chooseLead} />}
        </OrgTier>
        <OrgTier label={t('organisation.executiveTier')} testId="org-executive-councils">
          {executive.length ? (
            executive.map((council) => <CouncilNode key={council.id} council={council} minimum={minimum} />)
          ) : (
            <OrgGap text={t('organisation.noExecutiveCouncil')} action={councilsLink} />
          )}
        </OrgTier>
        <OrgTier label={t('organisation.stewardshipTier')} testId="org-stewardship-councils">
          {stewardship.length ? (
            stewardship.map((council) => <CouncilNode key={council.id} council={council} minimum={minimum} />)
          ) : (
            <OrgGap text={t('organisation.noStewardshipCouncil')} action={councilsLink} />
          )}
        </OrgTier>
        <OrgTier label={t('organisation.domains')} testId="org-domains">
          {domains.length ? (
            domains.map((domain) => <DomainNode key={domain.id} domain={domain} />)
          ) : (
            <OrgGap
              text={t('organisation.noDomains')}
              action={
                canManage ? <Link to={`/program/${program.id}/settings`}>{t('organisation.chooseDomains')}</Link> : null
              }
            />
          )}
        </OrgTier>
      </div>
    );
  }

  return (
    <Card id="organisation" title={t('organisation.title')} className="stacked-card" data-testid="step-organisation">
      <Typography.Paragraph type="secondary">{t('organisation.hint')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
