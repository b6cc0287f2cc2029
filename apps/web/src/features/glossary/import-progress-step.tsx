import { CheckCircleFilled, ClockCircleOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import type { ImportJobQuery as ImportJobResult } from '../../gql/graphql';
import { ImportJobQuery } from './import.graphql';
import { type ImportCounts, liveJobProgress } from './import-api';
import { ImportCountsSummary } from './import-verdicts-step';

const POLL_MS = 500;

type Job = NonNullable<ImportJobResult['job']>;
type Phase = 'planning' | 'writing terms' | 'writing proposals' | 'approving' | 'done';

interface JobProgress {
  phase: Phase;
  done: number;
  total: number;
}

interface JobResult {
  counts: ImportCounts | null;
  batchId: string | null;
  selfApproved: boolean;
}

const phases: readonly Phase[] = ['planning', 'writing terms', 'writing proposals', 'approving', 'done'];

/** The job's `progress` JSON, read with care: anything unexpected reads as "planning". */
function progressOf(value: unknown): JobProgress | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const phase = phases.find((item) => item === record.phase);
  if (!phase) return null;
  const done = typeof record.done === 'number' ? record.done : 0;
  const total = typeof record.total === 'number' ? record.total : 0;
  return { phase, done, total };
}

function resultOf(value: unknown): JobResult {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const counts = record.counts && typeof record.counts === 'object' ? (record.counts as ImportCounts) : null;
  return {
    counts,
    batchId: typeof record.batchId === 'string' ? record.batchId : null,
    selfApproved: record.selfApproved === true,
  };
}

/**
 * How far along the whole import is: writing terms and writing proposals are the long parts and
 * each takes about half the bar; planning and approving are short.
 */
function percentOf(status: Job['status'], progress: JobProgress | null): number {
  if (status === 'succeeded') return 100;
  if (!progress) return 0;
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  switch (progress.phase) {
    case 'planning':
      return 3;
    case 'writing terms':
      return Math.round(5 + share * 45);
    case 'writing proposals':
      return Math.round(50 + share * 45);
    case 'approving':
      return 97;
    default:
      return 99;
  }
}

/** "0:07", "1:04:09". */
function clock(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Polls a job while it is queued or running; `null` once the server says there is no such job
 * for us. While it runs, live progress comes from the server running it (no database needed).
 */
function useJob(jobId: string, progressToken: string | null): Job | null | undefined {
  const client = useClient();
  const [job, setJob] = useState<Job | null | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const poll = async () => {
      if (progressToken) {
        const live = await liveJobProgress(jobId, progressToken);
        if (stopped) return;
        if (live !== null) {
          setJob((previous) => ({
            __typename: 'Job',
            id: jobId,
            kind: previous?.kind ?? 'glossary.import',
            result: null,
            error: null,
            createdAt: previous?.createdAt ?? new Date().toISOString(),
            startedAt: previous?.startedAt ?? null,
            finishedAt: null,
            status: 'running' as Job['status'],
            progress: live,
          }));
          timer = setTimeout(poll, POLL_MS);
          return;
        }
      }
      const result = await client.query(ImportJobQuery, { id: jobId }, { requestPolicy: 'network-only' }).toPromise();
      if (stopped) return;
      if (result.data) {
        failures = 0;
        const found = result.data.job;
        setJob(found ?? null);
        if (!found || (found.status !== 'queued' && found.status !== 'running')) return;
      } else {
        // A dropped connection: keep asking, more slowly.
        failures += 1;
      }
      timer = setTimeout(poll, POLL_MS * Math.min(8, 2 ** failures));
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, jobId, progressToken]);
  return job;
}

interface ImportProgressStepProps {
  jobId: string;
  /** Lets this page read the job's live progress; absent after a reload (then GraphQL only). */
  progressToken: string | null;
  fileName: string | null;
  glossaryId: string | undefined;
  /** When this page sent the file (elapsed time counts from here); else when the job was created. */
  startedAt: number | null;
  onAnother: () => void;
  /** Told how the job ended: the steps above turn green, or red. */
  onSettled: (outcome: 'finish' | 'error' | null) => void;
}

/** Step 3: the import running in the background, then what it did, or why it failed. */
export function ImportProgressStep(props: ImportProgressStepProps) {
  const { jobId, progressToken, fileName, glossaryId, startedAt, onAnother, onSettled } = props;
  const { t, i18n } = useTranslation('glossary');
  const job = useJob(jobId, progressToken);
  const status = job === null ? 'missing' : job?.status;
  useEffect(() => {
    if (status === 'succeeded') onSettled('finish');
    else if (status === 'failed' || status === 'cancelled' || status === 'missing') onSettled('error');
    else onSettled(null);
  }, [status, onSettled]);
  const [now, setNow] = useState(() => Date.now());
  const running = job === undefined || job?.status === 'queued' || job?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const number = new Intl.NumberFormat(i18n.language);
  const glossaryLink = glossaryId ? `/glossary?g=${glossaryId}` : '/glossary';
  const another = <Button onClick={onAnother}>{t('import.another')}</Button>;

  if (job === null) {
    return (
      <Card className="import-card" data-testid="import-progress">
        <Result status="warning" title={t('import.jobMissing')} subTitle={t('import.jobMissingBody')} extra={another} />
      </Card>
    );
  }

  const progress = progressOf(job?.progress);
  const from = startedAt ?? (job ? Date.parse(job.createdAt) : now);
  const elapsed =
    job?.finishedAt && !running ? Date.parse(job.finishedAt) - Date.parse(job.createdAt) : Math.max(0, now - from);

  if (!job || running) {
    const phaseText =
      !job || job.status === 'queued'
        ? t('import.phase.queued')
        : !progress || progress.phase === 'planning'
          ? t('import.phase.planning')
          : progress.phase === 'writing terms'
            ? t('import.phase.writingTerms', {
                done: number.format(progress.done),
                total: number.format(progress.total),
              })
            : progress.phase === 'writing proposals'
              ? t('import.phase.writingProposals', {
                  done: number.format(progress.done),
                  total: number.format(progress.total),
                })
              : progress.phase === 'approving'
                ? t('import.phase.approving', { total: number.format(progress.total) })
                : t('import.phase.finishing');
    return (
      <Card className="import-card" data-testid="import-progress">
        <Flex vertical gap={16} className="import-running">
          <Typography.Title level={4} className="import-title">
            {fileName ? t('import.runningTitle', { file: fileName }) : t('import.runningTitleNoFile')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('import.runningBody')}</Typography.Text>
          <Progress
            percent={job ? percentOf(job.status, progress) : 0}
            status="active"
            aria-label={t('import.progressLabel')}
          />
          <Flex justify="space-between" gap={12} wrap>
            <Typography.Text strong data-testid="import-phase" aria-live="polite">
              {phaseText}
            </Typography.Text>
            <Typography.Text type="secondary">
              <ClockCircleOutlined aria-hidden /> {t('import.elapsed', { time: clock(elapsed) })}
            </Typography.Text>
          </Flex>
        </Flex>
      </Card>
    );
  }

  if (job.status !== 'succeeded') {
    return (
      <Card className="import-card" data-testid="import-progress">
        <Result
          status="error"
          title={job.status === 'cancelled' ? t('import.cancelledTitle') : t('import.failedTitle')}
          subTitle={
            <Flex vertical gap={6} align="center">
              <Typography.Text data-testid="import-error">{job.error ?? t('import.failedNoReason')}</Typography.Text>
              <Typography.Text type="secondary">{t('import.failedBody')}</Typography.Text>
            </Flex>
          }
          extra={[
            <Button key="again" type="primary" onClick={onAnother}>
              {t('import.tryAgain')}
            </Button>,
          ]}
        />
      </Card>
    );
  }

  const result = resultOf(job.result);
  const counts = result.counts;
  const elapsedText = t('import.took', { time: clock(elapsed) });
  if (!result.batchId) {
    return (
      <Card className="import-card" data-testid="import-progress">
        <Result
          status="info"
          icon={<InboxOutlined aria-hidden />}
          title={t('import.nothingChangedTitle')}
          subTitle={`${t('import.nothingChangedBody')} ${elapsedText}`}
          extra={[
            <Link key="glossary" to={glossaryLink}>
              <Button type="primary">{t('import.openGlossary')}</Button>
            </Link>,
            <span key="another">{another}</span>,
          ]}
        />
      </Card>
    );
  }

  const writes = counts ? counts.create + counts.update : 0;
  return (
    <Card className="import-card" data-testid="import-progress">
      <Result
        status="success"
        icon={<CheckCircleFilled aria-hidden />}
        title={result.selfApproved ? t('import.doneSelfApprovedTitle') : t('import.doneTitle')}
        subTitle={`${
          result.selfApproved
            ? t('import.doneSelfApprovedBody', { count: writes, n: number.format(writes) })
            : t('import.doneBody', { count: writes, n: number.format(writes) })
        } ${elapsedText}`}
        extra={[
          <Link key="review" to={`/glossary/review?batch=${result.batchId}`}>
            <Button type="primary">{t('import.reviewBatch')}</Button>
          </Link>,
          <Link key="glossary" to={glossaryLink}>
            <Button>{t('import.openGlossary')}</Button>
          </Link>,
          <span key="another">{another}</span>,
        ]}
      >
        {counts ? <ImportCountsSummary counts={counts} showErrors={false} /> : null}
      </Result>
    </Card>
  );
}
