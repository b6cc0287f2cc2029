import { useCan } from '../../auth/viewer-context';

/** What the viewer may do with metrics: manage them (program:manage); recording is the server's `canRecord`. */
export function useMetricAbilities() {
  const canManage = useCan('program:manage');
  return {
    canManage,
    canRecord: (metric: { canRecord: boolean }) => metric.canRecord,
  };
}
