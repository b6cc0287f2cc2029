import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { relativeTime } from '../../components/when';

interface IngestJob {
  status: string;
  progress: unknown;
  error: string | null;
  finishedAt: string | null;
}

export const isIngestRunning = (job: { status: string } | null | undefined) =>
  job?.status === 'queued' || job?.status === 'running';

/** Where a source's latest ingest stands, in words: queued, reading, writing, done, failed. */
export function IngestStatus({ job, lastIngestAt }: { job: IngestJob | null; lastIngestAt: string | null }) {
  const { t, i18n } = useTranslation('catalog');
  if (job && isIngestRunning(job)) {
    const progress = job.progress as { stage?: string; assets?: number } | null;
    const text =
      job.status === 'queued'
        ? t('source.status.queued')
        : progress?.stage === 'writing'
          ? t('source.status.writing', { count: progress.assets ?? 0 })
          : progress?.stage === 'reading'
            ? t('source.status.reading')
            : t('source.status.running');
    return (
      <Space size={6} data-testid="ingest-status">
        <LoadingOutlined aria-hidden />
        <Typography.Text>{text}</Typography.Text>
      </Space>
    );
  }
  if (job?.status === 'failed') {
    return (
      <Space size={6} data-testid="ingest-status" align="start">
        <CloseCircleFilled className="status-icon-failed" aria-hidden />
        <Typography.Text type="danger">
          {t('source.status.failed')}: {job.error}
        </Typography.Text>
      </Space>
    );
  }
  if (!lastIngestAt) {
    return (
      <Typography.Text type="secondary" data-testid="ingest-status">
        {t('sources.neverIngested')}
      </Typography.Text>
    );
  }
  return (
    <Space size={6} data-testid="ingest-status">
      <CheckCircleFilled className="status-icon-ok" aria-hidden />
      <Tooltip title={new Date(lastIngestAt).toLocaleString(i18n.language)}>
        <Typography.Text>
          {t('source.status.succeeded', { when: relativeTime(lastIngestAt, i18n.language) })}
        </Typography.Text>
      </Tooltip>
    </Space>
  );
}
