import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { IngestDataSourceMutation, SourceJobQuery } from './catalog.graphql';
import { isIngestRunning } from './ingest-status';

/**
 * Starts an ingest of a source and follows it: polls the source's latest job every second
 * while it is queued or running, then calls `onFinished` once (to reload what it changed).
 */
export function useIngest(sourceId: string, onFinished: () => void) {
  const { t } = useTranslation('catalog');
  const { message } = App.useApp();
  const handle = useResultHandler();
  const [{ fetching: starting }, start] = useMutation(IngestDataSourceMutation);
  const [{ data }, poll] = useQuery({
    query: SourceJobQuery,
    variables: { id: sourceId },
    requestPolicy: 'network-only',
  });
  const job = data?.dataSource?.lastIngestJob ?? null;
  const following = isIngestRunning(job);
  const wasRunning = useRef(false);

  useEffect(() => {
    if (!following) return;
    const timer = setInterval(() => poll({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [following, poll]);

  useEffect(() => {
    if (isIngestRunning(job)) wasRunning.current = true;
    else if (wasRunning.current && job) {
      wasRunning.current = false;
      if (job.status === 'succeeded') {
        const summary = (job as { result?: { summary?: string } }).result?.summary;
        void message.success(
          summary ? t('source.ingestDone', { summary }) : t('source.status.succeeded', { when: '' }),
        );
      }
      onFinished();
    }
  }, [job, message, onFinished, t]);

  const ingest = useCallback(async () => {
    const outcome = await start({ input: { sourceId } });
    const queued = handle({ payload: outcome.data?.ingestDataSource, error: outcome.error });
    if (queued) {
      wasRunning.current = true;
      poll({ requestPolicy: 'network-only' });
    }
  }, [handle, poll, sourceId, start]);

  return { ingest, starting, job: data ? job : undefined };
}
