import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { type ReactNode, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useViewer } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { formatDay } from '../program/program-shared';
import { AssessmentApproveButton } from './assessment-approve-button';
import { AssessmentConsensusCard } from './assessment-consensus-card';
import { AssessmentRespondentsCard } from './assessment-respondents-card';
import { AssessmentResultsTab } from './assessment-results-tab';
import { MaturityAssessmentQuery, MaturityModelDefinitionQuery } from './maturity.graphql';
import { AssessmentStatusTag, formatPeriod } from './maturity-shared';
import './maturity.css';

const tabKeys = ['results', 'respondents', 'consensus'] as const;
type TabKey = (typeof tabKeys)[number];

/** One assessment: who answers, the results as they stand, the workshop's agreed levels and approval. */
export function AssessmentPage() {
  const { id } = useParams();
  // Another assessment starts afresh (its own first tab).
  return <AssessmentScreen key={id} />;
}

function AssessmentScreen() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t, i18n } = useTranslation(['maturity', 'common']);
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  // Answers arrive from other people all the time: always ask the server as well as the cache.
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MaturityAssessmentQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [{ data: model }] = useQuery({ query: MaturityModelDefinitionQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Chosen once, when the assessment first shows: inviting the first person must not switch tabs.
  const firstTab = useRef<TabKey | null>(null);

  const notFound = (
    <Result status="404" title={t('page.notFound')} extra={<Link to="/maturity">{t('page.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if ((fetching && !data) || !model) return <Skeleton active paragraph={{ rows: 12 }} />;
  const assessment = data?.assessment;
  if (!assessment) return notFound;

  const { abilities, results } = assessment;
  const open = assessment.status === 'open';
  const mine = results.respondents.find((respondent) => respondent.person.id === viewer.person?.id);
  const showConsensus = abilities.facilitate || !open;
  const requested = searchParams.get('tab') as TabKey | null;
  // A new assessment has nothing to show yet: its manager starts by inviting people.
  firstTab.current ??= abilities.manage && results.respondents.length === 0 ? 'respondents' : 'results';
  const defaultTab = firstTab.current;
  const tab: TabKey =
    requested && tabKeys.includes(requested) && (requested !== 'consensus' || showConsensus) ? requested : defaultTab;

  const period = formatPeriod(assessment.periodStart, assessment.periodEnd, i18n.language);
  const facts: ReactNode[] = [
    period ? t('page.period', { period }) : null,
    assessment.targetDate ? t('page.targetDate', { date: formatDay(assessment.targetDate, i18n.language) }) : null,
    assessment.facilitator ? (
      <span key="facilitator">
        {t('page.facilitator')} <Link to={`/people/${assessment.facilitator.id}`}>{assessment.facilitator.name}</Link>
      </span>
    ) : null,
    assessment.program ? (
      <span key="program">
        {t('page.program')} <Link to={`/program/${assessment.program.id}`}>{assessment.program.name}</Link>
      </span>
    ) : null,
    assessment.previous ? (
      <span key="previous">
        {t('page.previous')}{' '}
        <Link to={`/maturity/assessments/${assessment.previous.id}`}>{assessment.previous.name}</Link>
      </span>
    ) : null,
    assessment.reportApprovedAt
      ? t('page.approvedBy', {
          name: assessment.reportApprovedBy?.name ?? t('common:unknown'),
          date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
            new Date(assessment.reportApprovedAt),
          ),
        })
      : null,
  ].filter(Boolean);

  const answerHref = `/maturity/assessments/${assessment.id}/answer`;
  const actions = abilities.approve ? <AssessmentApproveButton assessment={assessment} /> : null;

  const items = [
    {
      key: 'results',
      label: t('tabs.results'),
      children: <AssessmentResultsTab assessment={assessment} model={model.maturityModel} />,
    },
    {
      key: 'respondents',
      label: t('tabs.respondents', { count: results.respondents.length }),
      children: <AssessmentRespondentsCard assessment={assessment} />,
    },
    ...(showConsensus
      ? [
          {
            key: 'consensus',
            label: open ? t('tabs.consensus') : t('tabs.agreed'),
            children: <AssessmentConsensusCard assessment={assessment} model={model.maturityModel} onReload={reload} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/maturity">{t('breadcrumb')}</Link> }, { title: assessment.name }]} />
        }
        title={assessment.name}
        tags={
          <>
            <AssessmentStatusTag status={assessment.status} />
            {assessment.reportApprovedAt ? (
              <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
                {t('page.approvedTag')}
              </Tag>
            ) : null}
          </>
        }
        description={
          facts.length ? (
            <span className="maturity-facts">
              {facts.map((fact, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the facts are a fixed, ordered list
                <span key={index} className="maturity-fact">
                  {fact}
                </span>
              ))}
            </span>
          ) : null
        }
        actions={actions}
      />
      {abilities.answer ? (
        <Alert
          type={mine?.submittedAt ? 'success' : 'info'}
          showIcon
          className="maturity-answer-banner"
          title={mine?.submittedAt ? t('page.submittedTitle') : t('page.invitedTitle')}
          description={t('page.invitedBody', { answered: mine?.answered ?? 0, total: assessment.questions.length })}
          action={
            <Link to={answerHref}>
              <Button type={mine?.submittedAt ? 'default' : 'primary'} icon={<EditOutlined aria-hidden />}>
                {mine?.submittedAt ? t('page.reviewAnswers') : t('page.answer')}
              </Button>
            </Link>
          }
        />
      ) : null}
      {assessment.scope ? (
        <Typography.Paragraph className="maturity-scope">
          <Typography.Text strong>{t('page.scope')}</Typography.Text> {assessment.scope}
        </Typography.Paragraph>
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === defaultTab ? {} : { tab: key }, { replace: true })}
        items={items}
      />
    </>
  );
}
