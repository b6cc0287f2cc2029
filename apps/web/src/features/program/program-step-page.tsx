import { Alert, Breadcrumb, Col, Flex, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { When } from '../../components/when';
import { ProgramStepQuery } from './program.graphql';
import { ProvenanceTag, StepStatusTag } from './program-shared';
import { StepActions } from './step-actions';
import { StepChecklistCard } from './step-checklist-card';
import { StepCommentsCard } from './step-comments-card';
import { StepCriteriaCard } from './step-criteria-card';
import { StepDeliverablesCard } from './step-deliverables-card';
import { StepGuidanceCard } from './step-guidance-card';
import { StepOrganisationCard } from './step-organisation-card';
import { StepWorkCard } from './step-work-card';
import { useStepUpdate } from './use-step-update';
import './program.css';

/** One step of a program: its guidance, checklist, exit criteria evaluated now, and its status. */
export function ProgramStepPage() {
  const { id, number: numberParam } = useParams();
  const number = Number(numberParam);
  const valid = isRecordId(id) && Number.isInteger(number) && number >= 1 && number <= 14;
  const { t } = useTranslation(['program', 'common']);
  const canManage = useCan('program:manage');
  // The criteria are evaluated on every read: always ask the server as well as the cache.
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ProgramStepQuery,
    variables: { id: id ?? '', number },
    context,
    pause: !valid,
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const step = data?.program?.step ?? null;
  const update = useStepUpdate({ programId: id ?? '', number, version: step?.version ?? null }, reload);

  const notFound = (
    <Result status="404" title={t('step.notFound')} extra={<Link to="/program">{t('page.back')}</Link>} />
  );
  if (!valid) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 14 }} />;
  const program = data?.program;
  if (!program || !step) return notFound;

  const skipped = step.status === 'skipped';
  const editable = canManage && !skipped;
  const kindTag = step.step.recurring ? (
    <Tag bordered={false}>{t('step.recurring')}</Tag>
  ) : step.step.kind === 'track' ? (
    <Tag bordered={false}>{t('step.track')}</Tag>
  ) : null;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/program">{t('breadcrumb.home')}</Link> },
              { title: <Link to={`/program/${program.id}`}>{program.name}</Link> },
              { title: t('breadcrumb.step', { number: step.number }) },
            ]}
          />
        }
        title={
          <>
            {t('step.title', { number: step.number, name: step.step.name })}
            <span className="step-title-zh" lang="zh">
              {step.step.nameZh}
            </span>
          </>
        }
        tags={
          <Flex gap={4} align="center" wrap>
            {skipped ? (
              <Tag>{t('stepStatus.skipped')}</Tag>
            ) : (
              <StepStatusTag status={step.status} recurring={step.step.recurring} />
            )}
            {kindTag}
            <ProvenanceTag provenance={step.step.nameProvenance} />
          </Flex>
        }
        actions={
          editable ? (
            <StepActions
              status={step.status}
              recurring={step.step.recurring}
              number={step.number}
              criteria={step.criteria}
              update={update}
            />
          ) : null
        }
      />
      {skipped ? (
        <Alert
          type="info"
          showIcon
          className="page-alert"
          title={t('step.skippedTitle')}
          description={
            canManage ? (
              <Link to={`/program/${program.id}/settings`}>{t('step.chooseTrack')}</Link>
            ) : (
              t('step.skippedViewer')
            )
          }
        />
      ) : null}
      {step.status === 'done' && step.doneAt ? (
        <Alert
          type={step.overrideReason ? 'warning' : 'success'}
          showIcon
          className="page-alert"
          title={
            <span>
              {step.overrideReason
                ? t('step.doneOverride', { name: step.donePerson?.name ?? t('step.someone') })
                : t('step.doneBy', { name: step.donePerson?.name ?? t('step.someone') })}{' '}
              <When at={step.doneAt} />
            </span>
          }
          description={step.overrideReason ? t('step.overrideReason', { reason: step.overrideReason }) : undefined}
        />
      ) : null}
      {step.step.recurring && !skipped ? (
        <Alert type="info" showIcon className="page-alert" title={t('step.recursHelp')} />
      ) : null}
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={14}>
          <StepCriteriaCard step={step} programId={program.id} save={editable ? update.save : undefined} />
          <StepDeliverablesCard step={step} programId={program.id} canManage={editable} onChanged={reload} />
          {step.number === 5 ? <StepOrganisationCard programId={program.id} /> : null}
          <StepChecklistCard step={step} editable={editable} update={update} />
        </Col>
        <Col xs={24} xl={10}>
          <StepGuidanceCard step={step} />
          <StepWorkCard key={`${step.version ?? 0}`} step={step} editable={editable} update={update} />
          <StepCommentsCard
            programId={program.id}
            stepNumber={step.number}
            comments={step.comments}
            onChanged={reload}
          />
        </Col>
      </Row>
      {!canManage ? (
        <Typography.Paragraph type="secondary" className="program-readonly-note">
          {t('step.readOnly')}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
