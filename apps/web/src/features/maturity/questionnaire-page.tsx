import { Breadcrumb, Button, Card, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useViewer } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { MaturityModelDefinitionQuery, MaturityQuestionnaireQuery } from './maturity.graphql';
import { QuestionnaireForm } from './questionnaire-form';
import './maturity.css';

/** A respondent answers the assessment, one category at a time; they may come back while it is open. */
export function QuestionnairePage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t } = useTranslation(['maturity', 'common']);
  const viewer = useViewer();
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MaturityQuestionnaireQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const [{ data: model }] = useQuery({ query: MaturityModelDefinitionQuery });
  const [submitted, setSubmitted] = useState(false);

  const notFound = (
    <Result status="404" title={t('page.notFound')} extra={<Link to="/maturity">{t('page.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if ((fetching && !data) || !model) return <Skeleton active paragraph={{ rows: 12 }} />;
  const assessment = data?.assessment;
  if (!assessment) return notFound;

  const resultsHref = `/maturity/assessments/${assessment.id}`;
  const header = (
    <PageHeader
      breadcrumb={
        <Breadcrumb
          items={[
            { title: <Link to="/maturity">{t('breadcrumb')}</Link> },
            { title: <Link to={resultsHref}>{assessment.name}</Link> },
            { title: t('questionnaire.breadcrumb') },
          ]}
        />
      }
      title={t('questionnaire.title', { name: assessment.name })}
      description={assessment.abilities.answer && !submitted ? t('questionnaire.description') : null}
    />
  );

  if (submitted)
    return (
      <>
        {header}
        <Card>
          <Result
            status="success"
            title={t('questionnaire.thanksTitle')}
            subTitle={t('questionnaire.thanksBody')}
            extra={[
              <Link key="results" to={resultsHref}>
                <Button type="primary">{t('questionnaire.seeResults')}</Button>
              </Link>,
              <Button key="again" onClick={() => setSubmitted(false)}>
                {t('questionnaire.changeAnswers')}
              </Button>,
            ]}
            data-testid="questionnaire-thanks"
          />
        </Card>
      </>
    );

  if (!assessment.abilities.answer)
    return (
      <>
        {header}
        <Card>
          <Result
            status="info"
            title={assessment.status === 'open' ? t('questionnaire.notInvitedTitle') : t('questionnaire.closedTitle')}
            subTitle={assessment.status === 'open' ? t('questionnaire.notInvitedBody') : t('questionnaire.closedBody')}
            extra={
              <Link to={resultsHref}>
                <Button type="primary">{t('questionnaire.seeResults')}</Button>
              </Link>
            }
          />
        </Card>
      </>
    );

  const mine = assessment.results.respondents.find((respondent) => respondent.person.id === viewer.person?.id);

  return (
    <>
      {header}
      <QuestionnaireForm
        key={assessment.id}
        assessment={assessment}
        model={model.maturityModel}
        alreadySubmitted={Boolean(mine?.submittedAt)}
        onSubmitted={() => {
          setSubmitted(true);
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}
