import { type Database, mdmSimulations, type Queryable } from '@steward/db';
import {
  type GoldenRecordPolicy,
  InputError,
  idSchema,
  NotFoundError,
  startMdmSimulationInputSchema,
} from '@steward/domain';
import {
  createScorer,
  type PairExplanation,
  type PolicyRun,
  prepareRecords,
  reviewTaskGroups,
  type SimulationSummary,
  type SourceRecord,
  type SurvivingValue,
  simulatePolicy,
} from '@steward/mdm';
import { desc, eq, inArray } from 'drizzle-orm';
import { enqueueJob } from '../jobs/job-queue.js';
import { defineUseCase } from '../shared/use-case.js';
import { getPolicyVersions } from './policies.js';
import { labelsOfDomain, type PairLabel } from './review.js';
import { getMdmSamples, sampleRecordsOf } from './samples.js';

export const MDM_SIMULATION_JOB = 'mdm.simulate';

export interface MdmSimulationJobPayload {
  simulationId: string;
}

export type MdmSimulationStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface MdmSimulation {
  id: string;
  mdmDomainId: string;
  policyVersionId: string;
  sampleId: string;
  jobId: string | null;
  link: boolean;
  status: MdmSimulationStatus;
  summary: SimulationSummary | null;
  /** How the run judged the pairs stewards have decided, among this sample's records. */
  labelCheck: LabelCheck | null;
  error: string | null;
  createdAt: Date;
  createdBy: string | null;
  finishedAt: Date | null;
}

/** Stewards' decisions as regression cases: how many of those in the sample the run agrees with. */
export interface LabelCheck {
  total: number;
  agree: number;
  /** Decisions the run went against: merged what a steward kept apart, or kept apart what they matched. */
  disagreements: { a: string; b: string; match: boolean }[];
}

/** A member of a simulated cluster: the record as the sample holds it. */
export interface SimulatedRecord {
  id: string;
  source: string | null;
  updatedAt: string | null;
  values: Record<string, string | null>;
}

/** A cluster of more than one record, with its golden record and the links that made it. */
export interface SimulatedCluster {
  /** The cluster's position by size (1 = largest), stable for links. */
  number: number;
  records: SimulatedRecord[];
  golden: SurvivingValue[];
  links: { a: string; b: string; score: number }[];
  /** Has every member the same ground-truth label (when the sample has truth)? */
  pure: boolean | null;
}

export interface SimulatedReviewTask {
  recordIds: string[];
  pairs: { a: string; b: string; score: number; reason: 'band' | 'cluster_size' }[];
}

interface StoredResults {
  clusters: SimulatedCluster[];
  review: SimulatedReviewTask[];
  /** Scores of the scored pairs, strongest first (thresholds can be tried on them live). */
  scores: number[];
}

type SimulationRow = typeof mdmSimulations.$inferSelect;

const toSimulation = (
  row: Omit<SimulationRow, 'clusters' | 'review' | 'pairs' | 'policy' | 'labelCheck'> & { labelCheck?: unknown },
): MdmSimulation => ({
  ...row,
  status: row.status as MdmSimulationStatus,
  summary: (row.summary as SimulationSummary | null) ?? null,
  labelCheck: (row.labelCheck as LabelCheck | null | undefined) ?? null,
});

const listColumns = {
  id: mdmSimulations.id,
  mdmDomainId: mdmSimulations.mdmDomainId,
  policyVersionId: mdmSimulations.policyVersionId,
  sampleId: mdmSimulations.sampleId,
  jobId: mdmSimulations.jobId,
  link: mdmSimulations.link,
  status: mdmSimulations.status,
  summary: mdmSimulations.summary,
  labelCheck: mdmSimulations.labelCheck,
  error: mdmSimulations.error,
  createdAt: mdmSimulations.createdAt,
  createdBy: mdmSimulations.createdBy,
  finishedAt: mdmSimulations.finishedAt,
};

/** Queues a run of a policy version on a sample of the same MDM domain. */
export const startMdmSimulation = defineUseCase({
  action: 'mdm.simulation.start',
  input: startMdmSimulationInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, input): Promise<MdmSimulation> {
    const [version] = await getPolicyVersions(tx, [input.policyVersionId]);
    if (!version) throw new NotFoundError('PolicyVersion', input.policyVersionId, { field: 'policyVersionId' });
    const [sample] = await getMdmSamples(tx, [input.sampleId]);
    if (!sample) throw new NotFoundError('MdmSample', input.sampleId, { field: 'sampleId' });
    if (sample.mdmDomainId !== version.mdmDomainId)
      throw InputError.forField('sampleId', 'must be a sample of the same MDM domain as the policy');
    if (input.link && !sample.sourceColumn)
      throw InputError.forField('link', 'needs a sample with a source column (linking pairs records across sources)');
    const [inserted] = await tx
      .insert(mdmSimulations)
      .values({
        mdmDomainId: version.mdmDomainId,
        policyVersionId: version.id,
        sampleId: sample.id,
        link: input.link,
        policy: version.policy,
        createdAt: now,
        createdBy: actor.accountId,
      })
      .returning(listColumns);
    const payload: MdmSimulationJobPayload = { simulationId: inserted!.id };
    const job = await enqueueJob(tx, { kind: MDM_SIMULATION_JOB, payload, createdBy: actor.accountId, maxAttempts: 1 });
    await tx.update(mdmSimulations).set({ jobId: job.id }).where(eq(mdmSimulations.id, inserted!.id));
    const simulation = toSimulation({ ...inserted!, jobId: job.id });
    await audit({
      entityType: 'MdmSimulation',
      entityId: simulation.id,
      after: { policyVersionId: version.id, number: version.number, sampleId: sample.id, link: input.link },
      relatedIds: [version.mdmDomainId, version.id, sample.id],
    });
    return simulation;
  },
});

/**
 * Runs a queued simulation (the job): the engine over the sample's records with the policy as
 * it was when the run was asked for; keeps the counts, the multi-record clusters with their
 * golden records, the review tasks and the pair scores.
 */
export async function runMdmSimulation(
  db: Database,
  simulationId: string,
  options: { onProgress?: (progress: unknown) => void; now?: Date } = {},
): Promise<{ clusters: number; reviewTasks: number }> {
  const [row] = await db.select().from(mdmSimulations).where(eq(mdmSimulations.id, simulationId));
  if (!row) throw new NotFoundError('MdmSimulation', simulationId);
  await db.update(mdmSimulations).set({ status: 'running' }).where(eq(mdmSimulations.id, simulationId));
  try {
    options.onProgress?.({ stage: 'loading sample' });
    const sample = await sampleRecordsOf(db, row.sampleId);
    if (!sample) throw new Error('The sample was deleted before the run started.');
    options.onProgress?.({ stage: 'matching', records: sample.records.length });
    const policy = row.policy as GoldenRecordPolicy;
    const { run, summary } = simulatePolicy(policy, sample.records, {
      link: row.link,
      truth: sample.truth ?? undefined,
      now: options.now,
    });
    const results = storedResults(run, sample.records, sample.truth);
    const labelCheck = checkLabels(await labelsOfDomain(db, row.mdmDomainId), sample.records, run.clustering.clusterOf);
    await db
      .update(mdmSimulations)
      .set({
        status: 'succeeded',
        summary,
        clusters: results.clusters,
        review: results.review,
        pairs: results.scores,
        labelCheck,
        finishedAt: new Date(),
      })
      .where(eq(mdmSimulations.id, simulationId));
    return { clusters: summary.multiRecordClusters, reviewTasks: summary.reviewTasks };
  } catch (error) {
    await db
      .update(mdmSimulations)
      .set({ status: 'failed', error: (error as Error).message, finishedAt: new Date() })
      .where(eq(mdmSimulations.id, simulationId));
    throw error;
  }
}

/** Compares the run's clusters with stewards' decisions on pairs of the sample's records. */
function checkLabels(
  labels: readonly PairLabel[],
  records: readonly SourceRecord[],
  clusterOf: Int32Array,
): LabelCheck | null {
  const indexOf = new Map(records.map((record, index) => [record.id, index]));
  const relevant = labels.filter((label) => indexOf.has(label.recordA) && indexOf.has(label.recordB));
  if (relevant.length === 0) return null;
  const disagreements: LabelCheck['disagreements'] = [];
  for (const label of relevant) {
    const together = clusterOf[indexOf.get(label.recordA)!] === clusterOf[indexOf.get(label.recordB)!];
    if (together !== label.match) disagreements.push({ a: label.recordA, b: label.recordB, match: label.match });
  }
  return {
    total: relevant.length,
    agree: relevant.length - disagreements.length,
    disagreements: disagreements.slice(0, 100),
  };
}

function storedResults(
  run: PolicyRun,
  records: readonly SourceRecord[],
  truth: readonly string[] | null,
): StoredResults {
  const asRecord = (index: number): SimulatedRecord => {
    const record = records[index]!;
    const values: Record<string, string | null> = {};
    for (const [name, value] of Object.entries(record.values)) values[name] = value == null ? null : String(value);
    return {
      id: record.id,
      source: record.source ?? null,
      updatedAt: record.updatedAt ? new Date(record.updatedAt).toISOString() : null,
      values,
    };
  };
  const members = new Map<number, number[]>();
  run.clustering.clusterOf.forEach((cluster, index) => {
    const list = members.get(cluster);
    if (list) list.push(index);
    else members.set(cluster, [index]);
  });
  const goldenOf = new Map(run.golden.map((golden) => [golden.clusterId, golden.values]));
  const linksOf = new Map<number, StoredResults['clusters'][number]['links']>();
  for (const pair of run.clustering.merged) {
    const cluster = run.clustering.clusterOf[pair.a]!;
    const list = linksOf.get(cluster) ?? [];
    list.push({ a: records[pair.a]!.id, b: records[pair.b]!.id, score: pair.score });
    linksOf.set(cluster, list);
  }
  const multi = [...members].filter(([, indexes]) => indexes.length > 1);
  multi.sort(([a, left], [b, right]) => right.length - left.length || a - b);
  const clusters = multi.map(([cluster, indexes], position) => ({
    number: position + 1,
    records: indexes.map(asRecord),
    golden: goldenOf.get(cluster) ?? [],
    links: linksOf.get(cluster) ?? [],
    pure: truth ? indexes.every((index) => truth[index] === truth[indexes[0]!]) : null,
  }));
  const review = reviewTaskGroups(run).map((task) => {
    const ids = new Set<string>();
    const pairs = task.pairs.map((pair) => {
      ids.add(records[pair.a]!.id).add(records[pair.b]!.id);
      return { a: records[pair.a]!.id, b: records[pair.b]!.id, score: pair.score, reason: pair.reason };
    });
    return { recordIds: [...ids], pairs };
  });
  const scores = run.scored.map((pair) => Math.round(pair.score * 1e6) / 1e6).sort((a, b) => b - a);
  return { clusters, review, scores };
}

export async function getMdmSimulations(db: Queryable, ids: readonly string[]): Promise<(MdmSimulation | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select(listColumns).from(mdmSimulations).where(inArray(mdmSimulations.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toSimulation(row)]));
  return ids.map((id) => byId.get(id));
}

/** The simulations of each MDM domain, newest first (a DataLoader batch). */
export async function listMdmSimulations(db: Queryable, mdmDomainIds: readonly string[]): Promise<MdmSimulation[][]> {
  if (mdmDomainIds.length === 0) return [];
  const rows = await db
    .select(listColumns)
    .from(mdmSimulations)
    .where(inArray(mdmSimulations.mdmDomainId, [...mdmDomainIds]))
    .orderBy(desc(mdmSimulations.createdAt));
  return mdmDomainIds.map((id) => rows.filter((row) => row.mdmDomainId === id).map(toSimulation));
}

async function storedOf(
  db: Queryable,
  simulationId: string,
): Promise<StoredResults & { policy: GoldenRecordPolicy; sampleId: string }> {
  const [row] = await db
    .select({
      clusters: mdmSimulations.clusters,
      review: mdmSimulations.review,
      pairs: mdmSimulations.pairs,
      policy: mdmSimulations.policy,
      sampleId: mdmSimulations.sampleId,
    })
    .from(mdmSimulations)
    .where(eq(mdmSimulations.id, simulationId));
  if (!row) throw new NotFoundError('MdmSimulation', simulationId, { field: 'simulationId' });
  return {
    clusters: (row.clusters as SimulatedCluster[] | null) ?? [],
    review: (row.review as SimulatedReviewTask[] | null) ?? [],
    scores: (row.pairs as number[] | null) ?? [],
    policy: row.policy as GoldenRecordPolicy,
    sampleId: row.sampleId,
  };
}

/** A page of a simulation's clusters (largest first), optionally only those holding a record whose values match `search`. */
export async function simulationClusters(
  db: Queryable,
  simulationId: string,
  options: { offset?: number; limit?: number; search?: string | null } = {},
): Promise<{ totalCount: number; nodes: SimulatedCluster[] }> {
  const { clusters } = await storedOf(db, simulationId);
  const needle = options.search?.trim().toLowerCase();
  const matching = needle
    ? clusters.filter((cluster) =>
        cluster.records.some(
          (record) =>
            record.id.toLowerCase().includes(needle) ||
            Object.values(record.values).some((value) => value?.toLowerCase().includes(needle)),
        ),
      )
    : clusters;
  const offset = options.offset ?? 0;
  return { totalCount: matching.length, nodes: matching.slice(offset, offset + (options.limit ?? 20)) };
}

export async function simulationReviewTasks(db: Queryable, simulationId: string): Promise<SimulatedReviewTask[]> {
  return (await storedOf(db, simulationId)).review;
}

/** The scores of a simulation's scored pairs, strongest first. */
export async function simulationScores(db: Queryable, simulationId: string): Promise<number[]> {
  return (await storedOf(db, simulationId)).scores;
}

/** Why two records of a simulation's sample scored as they did: each comparison's level and weight. */
export async function explainSimulationPair(
  db: Queryable,
  simulationId: string,
  recordIds: readonly [string, string],
): Promise<PairExplanation & { records: SimulatedRecord[] }> {
  const stored = await storedOf(db, simulationId);
  const sample = await sampleRecordsOf(db, stored.sampleId);
  if (!sample) throw new NotFoundError('MdmSample', stored.sampleId);
  const chosen = recordIds.map((id, index) => {
    const record = sample.records.find((candidate) => candidate.id === id);
    if (!record) throw InputError.forField(`recordIds.${index}`, `is not a record of the sample (${id})`);
    return record;
  });
  const prepared = prepareRecords(stored.policy, chosen);
  const explanation = createScorer(stored.policy).explain(prepared[0]!, prepared[1]!);
  return {
    ...explanation,
    records: chosen.map((record) => ({
      id: record.id,
      source: record.source ?? null,
      updatedAt: record.updatedAt ? new Date(record.updatedAt).toISOString() : null,
      values: Object.fromEntries(
        Object.entries(record.values).map(([name, value]) => [name, value == null ? null : String(value)]),
      ),
    })),
  };
}

/** Two runs on the same sample, compared: the record pairs one merges and the other does not. */
export async function compareSimulations(
  db: Queryable,
  beforeId: string,
  afterId: string,
): Promise<{
  gained: number;
  lost: number;
  kept: number;
  gainedPairs: [string, string][];
  lostPairs: [string, string][];
}> {
  const [before, after] = await getMdmSimulations(db, [beforeId, afterId]);
  if (!before) throw new NotFoundError('MdmSimulation', beforeId, { field: 'beforeId' });
  if (!after) throw new NotFoundError('MdmSimulation', afterId, { field: 'afterId' });
  if (before.sampleId !== after.sampleId) throw InputError.forField('afterId', 'must be a run on the same sample');
  if (before.status !== 'succeeded' || after.status !== 'succeeded')
    throw InputError.forField('afterId', 'both runs must have finished');
  const pairsOf = async (id: string) => {
    const { clusters } = await storedOf(db, id);
    const pairs = new Set<string>();
    for (const cluster of clusters) {
      const ids = cluster.records.map((record) => record.id).sort();
      for (let i = 0; i < ids.length; i += 1)
        for (let j = i + 1; j < ids.length; j += 1) pairs.add(`${ids[i]}\u0001${ids[j]}`);
    }
    return pairs;
  };
  const left = await pairsOf(beforeId);
  const right = await pairsOf(afterId);
  const split = (key: string) => key.split('\u0001') as [string, string];
  const gained = [...right].filter((key) => !left.has(key));
  const lost = [...left].filter((key) => !right.has(key));
  return {
    gained: gained.length,
    lost: lost.length,
    kept: right.size - gained.length,
    gainedPairs: gained.slice(0, 100).map(split),
    lostPairs: lost.slice(0, 100).map(split),
  };
}
