import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useResultHandler } from '../../api/use-result-handler';
import { ProfileAssetsMutation, ProfileJobQuery } from './catalog.graphql';

/** Starts profiling of assets and follows the job each second until it ends, then calls `onFinished`. */
export function useProfiling(onFinished: () => void) {
  const handle = useResultHandler();
  const [{ fetching: starting }, start] = useMutation(ProfileAssetsMutation);
  const [jobId, setJobId] = useState<string | null>(null);
  const [{ data }, poll] = useQuery({
    query: ProfileJobQuery,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const job = jobId ? (data?.job ?? null) : null;
  const running = Boolean(jobId) && (!job || job.status === 'queued' || job.status === 'running');
  const finished = useRef<string | null>(null);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => poll({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [running, poll]);

  useEffect(() => {
    if (job && jobId && !running && finished.current !== jobId) {
      finished.current = jobId;
      onFinished();
    }
  }, [job, jobId, running, onFinished]);

  const profile = useCallback(
    async (assetIds: string[]) => {
      const outcome = await start({ input: { assetIds } });
      const queued = handle({ payload: outcome.data?.profileAssets, error: outcome.error });
      if (queued) setJobId(queued.id);
    },
    [handle, start],
  );

  return { profile, starting, running, job };
}
