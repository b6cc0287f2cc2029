import { RedoOutlined, SettingOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Col, Flex, Result, Row, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isRecordId } from '../../api/ids';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { NextIterationModal } from './next-iteration-modal';
import { ProgramQuery } from './program.graphql';
import { NextActionsCard, ProblemCard, ScopeCard } from './program-overview-cards';
import { RoadmapCard } from './program-roadmap-card';
import { formatDay, ProgramStatusTag, progressOf } from './program-shared';
import { ProgramStepper } from './program-stepper';
import './program.css';

/** One program: the 14 steps with their live evidence, what to do next, the problem and the scope. */
export function ProgramPage() {
  const { id } = useParams();
  const validId = isRecordId(id);
  const { t, i18n } = useTranslation(['program', 'common']);
  const canManage = useCan('program:manage');
  // Criteria are evaluated on every read: always ask the server, never the cache alone.
  const context = useMemo(() => ({ requestPolicy: 'cache-and-network' as const }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ProgramQuery,
    variables: { id: id ?? '' },
    context,
    pause: !validId,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [iterating, setIterating] = useState(false);

  const notFound = (
    <Result status="404" title={t('page.notFound')} extra={<Link to="/program">{t('page.back')}</Link>} />
  );
  if (!validId) return notFound;
  if (error && !data) return <LoadError onRetry={reload} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const program = data?.program;
  if (!program) return notFound;

  const progress = progressOf(program.steps);
  const settingsHref = `/program/${program.id}/settings`;
  const facts = [
    program.lead ? t('page.ledBy', { name: program.lead.name }) : t('page.noLead'),
    program.startDate ? t('page.started', { date: formatDay(program.startDate, i18n.language) }) : null,
    program.reportingCadence ? t(`page.reports.${program.reportingCadence}`) : null,
    program.nextSponsorReviewOn
      ? t('page.nextReview', { date: formatDay(program.nextSponsorReviewOn, i18n.language) })
      : null,
  ].filter(Boolean);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/program">{t('breadcrumb.home')}</Link> }, { title: program.name }]} />
        }
        title={program.name}
        tags={
          <>
            <ProgramStatusTag status={program.status} />
            <Tag>{t('page.iteration', { number: program.iteration })}</Tag>
            {program.previous ? (
              <Link to={`/program/${program.previous.id}`} className="program-previous">
                {t('iteration.previous', { name: program.previous.name })}
              </Link>
            ) : null}
            <Tag color="blue" bordered={false}>
              {t('home.progress', { done: progress.done, total: progress.total })}
            </Tag>
          </>
        }
        description={facts.join(' · ')}
        actions={
          <Flex gap={8}>
            {canManage && program.status === 'active' ? (
              <Button icon={<RedoOutlined aria-hidden />} onClick={() => setIterating(true)}>
                {t('iteration.start')}
              </Button>
            ) : null}
            <Link to={settingsHref}>
              <Button icon={<SettingOutlined aria-hidden />}>
                {canManage ? t('page.settings') : t('page.details')}
              </Button>
            </Link>
          </Flex>
        }
      />
      <NextIterationModal program={program} open={iterating} onClose={() => setIterating(false)} />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <ProgramStepper programId={program.id} steps={program.steps} />
          <RoadmapCard program={program} canManage={canManage} onChanged={reload} />
        </Col>
        <Col xs={24} xl={9}>
          <NextActionsCard program={program} />
          <ProblemCard program={program} editHref={canManage ? settingsHref : null} />
          <ScopeCard program={program} editHref={canManage ? settingsHref : null} />
        </Col>
      </Row>
    </>
  );
}
