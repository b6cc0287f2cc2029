import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type GoldenRecordPolicy,
  type GoldenRecordPolicyInput,
  goldenRecordPolicySchema,
  InputError,
} from '@steward/domain';
import {
  buildGoldenRecords,
  defaultPersonPolicy,
  type FieldAccuracy,
  fieldAccuracy,
  type PreparedRecord,
  readCsvRecords,
  SampleFileError,
  type SimulationSummary,
  simulatePolicy,
} from '@steward/mdm';

/** Policies built into Steward, by the name `--policy` accepts. */
export const builtInPolicies: Record<string, GoldenRecordPolicyInput> = { 'default-person': defaultPersonPolicy };

export interface SimulateCommandOptions {
  policy: string;
  input: string[];
  /** Without it, records are numbered by line. */
  idColumn?: string;
  truthColumn?: string;
  /** Ids matching this pattern hold their entity's true values (FEBRL: `-org$`): golden-record field accuracy is reported against them. */
  goldenReference?: string;
  sourceColumn?: string;
  updatedAtColumn?: string;
}

export interface SimulateCommandResult {
  policy: string;
  inputs: { file: string; records: number }[];
  summary: Omit<SimulationSummary, 'scoreHistogram'>;
  /** Survivorship on the true clusters, against the reference records (with `goldenReference`). */
  goldenAccuracy?: FieldAccuracy;
  /** Load (read + parse) and run time, with the process's peak resident memory. */
  loadMs: number;
  peakRssMb: number;
}

/**
 * `steward mdm simulate`: reads one CSV (deduplicate) or two (link one to one), runs a policy
 * (a JSON file, or a built-in name) and returns counts, timings and, with a truth column,
 * pairwise and B³ scores. Ground truth is read only after the run has clustered; the id and
 * truth columns are never values a policy can match on.
 */
export function simulateCommand(options: SimulateCommandOptions): SimulateCommandResult {
  const started = performance.now();
  const policyInput = builtInPolicies[options.policy] ?? readPolicyFile(options.policy);
  const parsed = goldenRecordPolicySchema.safeParse(policyInput);
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues.map((issue) => ({ field: `policy.${issue.path.join('.')}`, message: issue.message })),
    );
  }
  if (options.input.length === 0 || options.input.length > 2) {
    throw new InputError([{ field: 'input', message: 'takes one file (deduplicate) or two (link)' }]);
  }
  const link = options.input.length === 2;
  const inputs = options.input.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError([{ field: 'input', message: `cannot be read (${(error as Error).message})` }]);
    }
    try {
      return {
        file,
        ...readCsvRecords(text, {
          idColumn: options.idColumn ?? '',
          truthColumn: options.truthColumn,
          sourceColumn: link ? undefined : options.sourceColumn,
          source: link ? basename(file) : undefined,
          updatedAtColumn: options.updatedAtColumn,
        }),
      };
    } catch (error) {
      if (error instanceof SampleFileError) {
        throw new InputError([{ field: fieldOfSampleError(error.field), message: `${file}: ${error.message}` }]);
      }
      throw error;
    }
  });
  // Linking two files whose ids overlap: each record's id is prefixed with its file's position.
  const firstIds = new Set(inputs[0]!.records.map((record) => record.id));
  const overlap = inputs.slice(1).some((input) => input.records.some((record) => firstIds.has(record.id)));
  const records = inputs.flatMap((input, index) =>
    overlap ? input.records.map((record) => ({ ...record, id: `${index + 1}:${record.id}` })) : input.records,
  );
  const truth = options.truthColumn ? inputs.flatMap((input) => input.truth!) : undefined;
  const loadMs = performance.now() - started;
  const { summary, run } = simulatePolicy(parsed.data, records, { link, truth });
  const { scoreHistogram: _histogram, ...rest } = summary;
  return {
    policy: options.policy,
    inputs: inputs.map((input) => ({ file: input.file, records: input.records.length })),
    summary: rest,
    goldenAccuracy:
      truth && options.goldenReference
        ? goldenAccuracyOnTruth(parsed.data, run.records, truth, referencePattern(options.goldenReference))
        : undefined,
    loadMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function readPolicyFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError([
      {
        field: 'policy',
        message: `is neither a built-in policy (${Object.keys(builtInPolicies).join(', ')}) nor a readable file (${file})`,
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ field: 'policy', message: `${file} is not valid JSON (${(error as Error).message})` }]);
  }
}

function fieldOfSampleError(field: string): string {
  return { idColumn: 'id-column', truthColumn: 'truth-column', sourceColumn: 'source-column' }[field] ?? 'input';
}

/** The result for people: one short paragraph of counts and, with truth, the scores. */
export function describeSimulation(result: SimulateCommandResult): string {
  const { summary } = result;
  const lines = [
    `${summary.mode === 'link' ? 'Linked' : 'Deduplicated'} ${summary.records.toLocaleString('en-US')} records with ${result.policy} in ${summary.timings.totalMs.toFixed(0)} ms (${Math.round(summary.recordsPerSecond).toLocaleString('en-US')} records/s).`,
    `${summary.candidatePairs.toLocaleString('en-US')} candidate pairs: ${summary.autoMergePairs.toLocaleString('en-US')} merge automatically, ${summary.reviewPairs.toLocaleString('en-US')} go to review as ${summary.reviewTasks.toLocaleString('en-US')} tasks.`,
    `${summary.clusters.toLocaleString('en-US')} clusters, ${summary.multiRecordClusters.toLocaleString('en-US')} with more than one record, the largest ${summary.largestCluster}.`,
  ];
  if (summary.evaluation) {
    const { pairwise, bCubed } = summary.evaluation;
    lines.push(
      `Against the truth column: precision ${pairwise.precision.toFixed(4)}, recall ${pairwise.recall.toFixed(4)}, F1 ${pairwise.f1.toFixed(4)}; B³ F1 ${bCubed.f1.toFixed(4)}.`,
    );
  }
  return lines.join('\n');
}

function referencePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw new InputError([
      { field: 'golden-reference', message: `is not a valid pattern (${(error as Error).message})` },
    ]);
  }
}

/**
 * Golden-record field accuracy with the clusters known: survivorship runs on each true entity's
 * records, and each golden value is checked against the entity's reference record.
 */
function goldenAccuracyOnTruth(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  truth: readonly string[],
  reference: RegExp,
): FieldAccuracy {
  const first = new Map<string, number>();
  const clusterOf = Int32Array.from(truth, (entity, index) => {
    if (!first.has(entity)) first.set(entity, index);
    return first.get(entity)!;
  });
  const expected = new Map<number, Record<string, string | null>>();
  for (const record of records) {
    if (!reference.test(record.id)) continue;
    expected.set(
      clusterOf[record.index]!,
      Object.fromEntries(policy.attributes.map((attribute, index) => [attribute.name, record.raw[index] ?? null])),
    );
  }
  const golden = buildGoldenRecords(policy, records, clusterOf, { onlyClustersLargerThan: 1 });
  return fieldAccuracy(golden, (record) => expected.get(record.clusterId));
}
