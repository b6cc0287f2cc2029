import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Result,
  Row,
  Select,
  Skeleton,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { useCan } from '../../auth/viewer-context';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { When } from '../../components/when';
import type { MdmSimulationQuery as SimulationData } from '../../gql/graphql';
import { ClusterExplorer, PairDrawer } from './cluster-explorer';
import {
  MdmSimulationQuery,
  SendReviewTasksMutation,
  SimulationComparisonQuery,
  SimulationReviewQuery,
} from './mdm.graphql';
import { SimulationStatusTag } from './mdm-tags';
import { formatProbability } from './score-format';
import { countAtLeast, ScoreHistogram } from './score-histogram';
import './mdm.css';

type Simulation = NonNullable<SimulationData['mdmSimulation']>;
type Summary = NonNullable<Simulation['summary']>;

/** One run of a policy on a sample: what it would merge, what stewards would review, and how right it was. */
export function SimulationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['mdm', 'common']);
  const [{ data, error, fetching }, refetch] = useQuery({ query: MdmSimulationQuery, variables: { id } });
  const simulation = data?.mdmSimulation;
  const pending = simulation?.status === 'queued' || simulation?.status === 'running';

  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [pending, refetch]);

  if (error && !data) return <LoadError onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!simulation)
    return (
      <Result status="404" title={t('simulation.notFound')} extra={<Link to="/mdm">{t('domain.backHome')}</Link>} />
    );

  const title = t('simulation.title', { number: simulation.policyVersion.number, sample: simulation.sample.name });
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { title: <Link to="/mdm">{t('home.title')}</Link> },
              {
                title: (
                  <Link to={`/mdm/domains/${simulation.mdmDomain.id}?tab=simulations`}>
                    {simulation.mdmDomain.name}
                  </Link>
                ),
              },
              { title: t('simulation.crumb') },
            ]}
          />
        }
        title={title}
        tags={<SimulationStatusTag status={simulation.status} />}
        description={
          <span>
            {simulation.link ? t('simulation.linkMode') : t('simulation.dedupeMode')} · {t('simulation.started')}{' '}
            <When at={simulation.createdAt} />
          </span>
        }
        actions={
          <Link to={`/mdm/policies/${simulation.policyVersion.id}`}>
            <Button>{t('simulation.openPolicy', { number: simulation.policyVersion.number })}</Button>
          </Link>
        }
      />
      {pending ? (
        <Card>
          <Flex vertical align="center" gap={12} className="mdm-pending">
            <Spin size="large" />
            <Typography.Text>{t('simulation.pending', { count: simulation.sample.recordCount })}</Typography.Text>
          </Flex>
        </Card>
      ) : simulation.status === 'failed' ? (
        <Result status="error" title={t('simulation.failed')} subTitle={simulation.error} />
      ) : simulation.summary ? (
        <SimulationResults simulation={simulation} summary={simulation.summary} />
      ) : null}
    </>
  );
}

function SimulationResults({ simulation, summary }: { simulation: Simulation; summary: Summary }) {
  const { t, i18n } = useTranslation('mdm');
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const [thresholds, setThresholds] = useState({
    autoMerge: summary.autoMergeThreshold,
    review: summary.reviewThreshold,
  });
  const scores = simulation.scores;
  const atAuto = countAtLeast(scores, thresholds.autoMerge);
  const atReview = countAtLeast(scores, thresholds.review);
  const moved = thresholds.autoMerge !== summary.autoMergeThreshold || thresholds.review !== summary.reviewThreshold;
  const evaluation = summary.evaluation;
  const probabilities = simulation.policyVersion.policy.scoring === 'fellegi_sunter';
  const show = (value: number) => (probabilities ? formatProbability(value, i18n.language) : number.format(value));

  return (
    <Flex vertical gap={16}>
      <Card>
        <Row gutter={[24, 16]} className="mdm-stat-grid">
          <Col xs={12} md={8} xl={4}>
            <Statistic title={t('simulation.stats.records')} value={summary.records} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Statistic title={t('simulation.stats.candidatePairs')} value={summary.candidatePairs} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Statistic title={t('simulation.stats.autoMerged')} value={summary.autoMergePairs} />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Statistic
              title={t('simulation.stats.reviewTasks')}
              value={summary.reviewTasks}
              suffix={
                <Typography.Text type="secondary" className="mdm-stat-suffix">
                  {t('simulation.stats.pairs', { count: summary.reviewPairs })}
                </Typography.Text>
              }
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Statistic
              title={t('simulation.stats.clusters')}
              value={summary.multiRecordClusters}
              suffix={
                <Typography.Text type="secondary" className="mdm-stat-suffix">
                  {t('simulation.stats.largest', { size: summary.largestCluster })}
                </Typography.Text>
              }
            />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Statistic
              title={t('simulation.stats.time')}
              value={summary.totalMs}
              precision={0}
              suffix={t('simulation.stats.ms')}
            />
            <Typography.Text type="secondary">
              {t('simulation.stats.rate', { rate: number.format(Math.round(summary.recordsPerSecond)) })}
            </Typography.Text>
          </Col>
        </Row>
      </Card>
      <Card
        title={t('simulation.thresholdsTitle')}
        extra={
          moved ? (
            <Button
              size="small"
              onClick={() => setThresholds({ autoMerge: summary.autoMergeThreshold, review: summary.reviewThreshold })}
            >
              {t('simulation.resetThresholds')}
            </Button>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{t('simulation.thresholdsHelp')}</Typography.Paragraph>
        <ScoreHistogram
          bins={summary.scoreHistogram}
          probabilities={simulation.policyVersion.policy.scoring === 'fellegi_sunter'}
          {...thresholds}
          onChange={setThresholds}
        />
        <Row gutter={[16, 8]}>
          <Col xs={24} md={8}>
            <Statistic
              title={t('simulation.band.auto', { threshold: show(thresholds.autoMerge) })}
              value={atAuto}
              styles={{ content: { color: '#389e0d' } }}
            />
          </Col>
          <Col xs={24} md={8}>
            <Statistic
              title={t('simulation.band.review', { low: show(thresholds.review), high: show(thresholds.autoMerge) })}
              value={atReview - atAuto}
              styles={{ content: { color: '#d48806' } }}
            />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('simulation.band.none')} value={summary.candidatePairs - atReview} />
          </Col>
        </Row>
        {moved ? (
          <Typography.Paragraph type="secondary" className="mdm-moved-note">
            {t('simulation.movedNote')}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {evaluation ? (
        <Card title={t('simulation.truthTitle', { column: simulation.sample.truthColumn })}>
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={10}>
              <Row gutter={[16, 16]}>
                <Col span={8}>
                  <Statistic
                    title={t('simulation.metrics.precision')}
                    value={percent.format(evaluation.pairwise.precision)}
                  />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t('simulation.metrics.recall')}
                    value={percent.format(evaluation.pairwise.recall)}
                  />
                </Col>
                <Col span={8}>
                  <Statistic title={t('simulation.metrics.f1')} value={percent.format(evaluation.pairwise.f1)} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('simulation.metrics.b3')} value={percent.format(evaluation.bCubed.f1)} />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t('simulation.metrics.autoPrecision')}
                    value={percent.format(evaluation.autoMergePrecision)}
                  />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t('simulation.metrics.autoShare')}
                    value={percent.format(evaluation.autoMergedTrueShare)}
                  />
                </Col>
              </Row>
              <Typography.Paragraph type="secondary" className="mdm-metric-note">
                {t('simulation.metrics.note', {
                  pairs: number.format(evaluation.pairwise.truePairs),
                  share: percent.format(evaluation.reviewTaskTrueShare),
                })}
              </Typography.Paragraph>
            </Col>
            <Col xs={24} lg={14}>
              <PrecisionRecallChart sweep={evaluation.sweep} />
            </Col>
          </Row>
        </Card>
      ) : (
        <Card>
          <Typography.Text type="secondary">{t('simulation.noTruth')}</Typography.Text>
        </Card>
      )}
      {simulation.labelCheck ? <LabelCheckCard check={simulation.labelCheck} /> : null}
      <ClusterExplorer simulationId={simulation.id} hasTruth={Boolean(evaluation)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ReviewTasksCard
            simulationId={simulation.id}
            domainName={simulation.mdmDomain.name}
            sent={simulation.reviewTasksSent}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <ClusterSizesCard summary={summary} />
            <CompareCard simulation={simulation} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

/** Precision against recall at each threshold of the sweep: where to put the thresholds. */
function PrecisionRecallChart({ sweep }: { sweep: NonNullable<Summary['evaluation']>['sweep'] }) {
  const { t, i18n } = useTranslation('mdm');
  const format = { format: (value: number) => formatProbability(value, i18n.language) };
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const width = 420;
  const height = 220;
  const pad = 36;
  const recalls = sweep.map((point) => point.recall);
  const precisions = sweep.map((point) => point.precision);
  const minX = Math.min(...recalls, 0.8);
  const minY = Math.min(...precisions, 0.8);
  const x = (value: number) => pad + ((value - minX) / Math.max(1e-9, 1 - minX)) * (width - pad - 10);
  const y = (value: number) => height - pad - ((value - minY) / Math.max(1e-9, 1 - minY)) * (height - pad - 10);
  const best = sweep.reduce((top, point) => (point.f1 > top.f1 ? point : top), sweep[0]!);
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{t('simulation.prTitle')}</Typography.Text>
      <svg viewBox={`0 0 ${width} ${height}`} className="mdm-histogram" role="img" aria-label={t('simulation.prTitle')}>
        <line x1={pad} x2={width - 10} y1={height - pad} y2={height - pad} stroke="currentColor" opacity={0.3} />
        <line x1={pad} x2={pad} y1={10} y2={height - pad} stroke="currentColor" opacity={0.3} />
        <text x={width / 2} y={height - 6} className="axis" textAnchor="middle">
          {t('simulation.metrics.recall')} ({percent.format(minX)}–{percent.format(1)})
        </text>
        <text x={12} y={height / 2} className="axis" textAnchor="middle" transform={`rotate(-90 12 ${height / 2})`}>
          {t('simulation.metrics.precision')}
        </text>
        <polyline
          fill="none"
          stroke="#1677ff"
          strokeWidth={2}
          points={sweep.map((point) => `${x(point.recall)},${y(point.precision)}`).join(' ')}
        />
        {sweep.map((point) => (
          <circle
            key={point.threshold}
            cx={x(point.recall)}
            cy={y(point.precision)}
            r={point === best ? 5 : 3}
            fill={point === best ? '#389e0d' : '#1677ff'}
          >
            <title>
              {t('simulation.prPoint', {
                threshold: format.format(point.threshold),
                precision: percent.format(point.precision),
                recall: percent.format(point.recall),
                pairs: point.pairs,
              })}
            </title>
          </circle>
        ))}
      </svg>
      <Typography.Text type="secondary">
        {t('simulation.prBest', { threshold: format.format(best.threshold), f1: percent.format(best.f1) })}
      </Typography.Text>
    </Flex>
  );
}

function ClusterSizesCard({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation('mdm');
  const number = new Intl.NumberFormat(i18n.language);
  const most = Math.max(1, ...summary.clusterSizes.map((entry) => entry.clusters));
  return (
    <Card title={t('simulation.sizesTitle')}>
      <Flex vertical gap={6}>
        {summary.clusterSizes.map((entry) => (
          <Flex key={entry.size} gap={8} align="center">
            <Typography.Text className="mdm-size-label">
              {t('simulation.sizeLabel', { count: entry.size })}
            </Typography.Text>
            <span
              className="mdm-size-bar"
              style={{ width: `${Math.max(2, (Math.sqrt(entry.clusters) / Math.sqrt(most)) * 60)}%` }}
            />
            <Typography.Text type="secondary">{number.format(entry.clusters)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** What stewards would receive: one task per candidate cluster. */
function ReviewTasksCard({
  simulationId,
  domainName,
  sent,
}: {
  simulationId: string;
  domainName: string;
  sent: number;
}) {
  const { t, i18n } = useTranslation(['mdm', 'common']);
  const canDesign = useCan('mdm:design');
  const handle = useResultHandler();
  const { modal } = App.useApp();
  const [{ fetching: sending }, send] = useMutation(SendReviewTasksMutation);
  const [sentNow, setSentNow] = useState(0);
  const sentCount = sent || sentNow;
  const score = { format: (value: number) => formatProbability(value, i18n.language) };
  const [{ data, fetching }] = useQuery({ query: SimulationReviewQuery, variables: { id: simulationId } });
  const [pair, setPair] = useState<[string, string] | null>(null);
  const tasks = data?.mdmSimulation?.reviewTasks ?? [];
  return (
    <Card
      title={t('review.title', { count: tasks.length })}
      className="table-card"
      extra={
        sentCount ? (
          <Typography.Text type="secondary">{t('review.sent', { count: sentCount })}</Typography.Text>
        ) : canDesign && tasks.length > 0 ? (
          <Button
            size="small"
            loading={sending}
            onClick={() =>
              modal.confirm({
                title: t('review.send'),
                content: t('review.sendConfirm', { domain: domainName }),
                okText: t('review.send'),
                onOk: async () => {
                  const outcome = await send({ input: { simulationId } });
                  const created = handle(
                    { payload: outcome.data?.sendReviewTasks, error: outcome.error },
                    { successMessage: t('review.sentDone', { count: tasks.length }) },
                  );
                  if (created) setSentNow(created.length);
                },
              })
            }
          >
            {t('review.send')}
          </Button>
        ) : null
      }
    >
      {fetching && !data ? (
        <Skeleton active />
      ) : tasks.length === 0 ? (
        <Typography.Paragraph type="secondary" className="mdm-card-empty">
          {t('review.empty')}
        </Typography.Paragraph>
      ) : (
        <Table
          rowKey={(task) => task.recordIds.join('|')}
          size="small"
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          dataSource={tasks}
          columns={[
            {
              title: t('review.records'),
              key: 'records',
              render: (_, task) => (
                <Flex gap={4} wrap>
                  {task.recordIds.map((recordId) => (
                    <Tag key={recordId}>{recordId}</Tag>
                  ))}
                </Flex>
              ),
            },
            {
              title: t('review.pairs'),
              key: 'pairs',
              render: (_, task) => (
                <Flex vertical gap={2}>
                  {task.pairs.map((item) => (
                    <Button
                      key={`${item.a}-${item.b}`}
                      type="link"
                      size="small"
                      className="mdm-link-button"
                      onClick={() => setPair([item.a, item.b])}
                    >
                      {t('review.pair', { score: score.format(item.score) })}
                      {item.reason === 'cluster_size' ? ` · ${t('review.sizeGuard')}` : ''}
                    </Button>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      )}
      <PairDrawer simulationId={simulationId} pair={pair} onClose={() => setPair(null)} />
    </Card>
  );
}

/** Another run on the same sample, compared: the record pairs this one gains and loses. */
function CompareCard({ simulation }: { simulation: Simulation }) {
  const { t, i18n } = useTranslation('mdm');
  const number = new Intl.NumberFormat(i18n.language);
  const others = useMemo(
    () =>
      simulation.mdmDomain.simulations.filter(
        (other) =>
          other.id !== simulation.id && other.sample.id === simulation.sample.id && other.status === 'succeeded',
      ),
    [simulation],
  );
  const [otherId, setOtherId] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({
    query: SimulationComparisonQuery,
    variables: { beforeId: otherId ?? '', afterId: simulation.id },
    pause: !otherId,
  });
  const result = data?.simulationComparison;
  const comparison = result?.__typename === 'SimulationComparisonSuccess' ? result.data : null;
  return (
    <Card title={t('compare.title')}>
      {others.length === 0 ? (
        <Typography.Text type="secondary">{t('compare.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          <Select
            value={otherId ?? undefined}
            placeholder={t('compare.choose')}
            aria-label={t('compare.choose')}
            onChange={setOtherId}
            options={others.map((other) => ({
              value: other.id,
              label: t('compare.option', {
                number: other.policyVersion.number,
                when: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
                  new Date(other.createdAt),
                ),
              }),
            }))}
          />
          {fetching ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
          {comparison ? (
            <Flex vertical gap={8}>
              <Typography.Text>
                {t('compare.summary', {
                  gained: number.format(comparison.gained),
                  lost: number.format(comparison.lost),
                  kept: number.format(comparison.kept),
                })}
              </Typography.Text>
              {comparison.gainedPairs.length ? (
                <Typography.Text type="secondary">
                  {t('compare.gainedList')}{' '}
                  {comparison.gainedPairs
                    .slice(0, 10)
                    .map((pair) => `${pair.a} + ${pair.b}`)
                    .join(', ')}
                </Typography.Text>
              ) : null}
              {comparison.lostPairs.length ? (
                <Typography.Text type="secondary">
                  {t('compare.lostList')}{' '}
                  {comparison.lostPairs
                    .slice(0, 10)
                    .map((pair) => `${pair.a} + ${pair.b}`)
                    .join(', ')}
                </Typography.Text>
              ) : null}
            </Flex>
          ) : null}
        </Flex>
      )}
    </Card>
  );
}

/** The run against stewards' earlier decisions (regression cases). */
function LabelCheckCard({ check }: { check: NonNullable<Simulation['labelCheck']> }) {
  const { t } = useTranslation('mdm');
  return (
    <Card title={t('labels.title')}>
      <Flex vertical gap={8}>
        <Typography.Text>{t('labels.summary', { agree: check.agree, total: check.total })}</Typography.Text>
        {check.disagreements.map((item) => (
          <Typography.Text key={`${item.a}-${item.b}`} type="warning">
            {t('labels.disagree', {
              a: item.a,
              b: item.b,
              decision: item.match ? t('labels.match') : t('labels.different'),
            })}
          </Typography.Text>
        ))}
      </Flex>
    </Card>
  );
}
