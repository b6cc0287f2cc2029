import { CATALOG_INGEST_JOB, CATALOG_PROFILE_JOB, getJob, QUALITY_RUN_JOB } from '@steward/core';
import { builder } from '../../builder.js';
import { actorOf } from '../../context.js';

const JobStatusEnum = builder.enumType('JobStatus', {
  values: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const,
});

export interface JobView {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: unknown;
  result: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export const JobRef = builder.objectRef<JobView>('Job').implement({
  description: 'Long work run in the background (an import, an ingest), with its progress and outcome.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    status: t.field({ type: JobStatusEnum, resolve: (job) => job.status }),
    progress: t.expose('progress', {
      type: 'JSON',
      nullable: true,
      description: '{ phase, done, total } while it runs.',
    }),
    result: t.expose('result', { type: 'JSON', nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  job: t.field({
    type: JobRef,
    nullable: true,
    description: 'A background job you started (admins: any); catalogue ingests and profilings are open to everyone.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const key = String(id);
      if (!/^[0-9a-f-]{36}$/i.test(key)) return null;
      const job = await getJob(context.db, key);
      const actor = actorOf(context);
      if (!job) return null;
      const visible =
        job.createdBy === actor.accountId ||
        actor.role === 'admin' ||
        job.kind === CATALOG_INGEST_JOB ||
        job.kind === CATALOG_PROFILE_JOB ||
        job.kind === QUALITY_RUN_JOB;
      if (!visible) return null;
      const live = context.liveJobProgress(job.id);
      return { ...job, progress: live ?? job.progress };
    },
  }),
}));
