import { sessionEvents } from '../../auth/session-events';
import { env } from '../../env';

/** The server takes files up to this size (POST /api/glossaries/:id/import answers 413 above). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportAction = 'create' | 'update' | 'unchanged' | 'error';

export interface ImportCounts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  error: number;
}

export interface RowProblem {
  /** A CSV column (`parent`, `owner`…), or `file`. */
  column: string;
  message: string;
}

export interface RowVerdict {
  /** The line of the file: the header is line 1, so the first term is row 2. */
  row: number;
  name: string;
  action: ImportAction;
  problems: RowProblem[];
}

/** POST …/import/dry-run: what importing the file would do, row by row. Nothing is written. */
export interface DryRunReport {
  valid: boolean;
  fileProblems: string[];
  counts: ImportCounts;
  /** Every row with a problem, and the first 1,000 others. */
  rows: RowVerdict[];
  truncated: boolean;
}

export interface FieldError {
  /** `rows.<row>.<column>` or `csv`. */
  field: string;
  message: string;
}

/** Why a request about a file did not go through, in the terms the screen needs. */
export type FileRequestFailure =
  | { kind: 'invalid'; message: string; fieldErrors: FieldError[] }
  | { kind: 'forbidden'; message: string }
  | { kind: 'notFound' }
  | { kind: 'tooLarge' }
  | { kind: 'signedOut' }
  | { kind: 'failed' };

export type DryRunOutcome = { ok: true; report: DryRunReport } | { ok: false; failure: FileRequestFailure };
export type StartOutcome =
  | { ok: true; jobId: string; counts: ImportCounts; progressToken: string | null }
  | { ok: false; failure: FileRequestFailure };

interface ErrorBody {
  error?: { code?: string; message?: string; field?: string | null; fieldErrors?: FieldError[] };
}

async function postCsv(path: string, csv: string): Promise<{ response: Response } | { failure: FileRequestFailure }> {
  let response: Response;
  try {
    // Same-origin with the session cookie; the browser adds the Origin header the server asks for.
    response = await fetch(`${env.apiUrl}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'text/csv', accept: 'application/json' },
      body: csv,
    });
  } catch {
    return { failure: { kind: 'failed' } };
  }
  if (response.ok) return { response };
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const message = body.error?.message ?? '';
  switch (response.status) {
    case 400:
      return {
        failure: {
          kind: 'invalid',
          message,
          fieldErrors:
            body.error?.fieldErrors ??
            (body.error?.field ? [{ field: body.error.field, message }] : [{ field: 'csv', message }]),
        },
      };
    case 401:
      sessionEvents.emitExpired();
      return { failure: { kind: 'signedOut' } };
    case 403:
      return { failure: { kind: 'forbidden', message } };
    case 404:
      return { failure: { kind: 'notFound' } };
    case 413:
      return { failure: { kind: 'tooLarge' } };
    default:
      return { failure: { kind: 'failed' } };
  }
}

const glossaryPath = (glossaryId: string) => `/glossaries/${encodeURIComponent(glossaryId)}`;

/** Checks a file against a glossary: a verdict per row and column. */
export async function dryRunImport(glossaryId: string, csv: string): Promise<DryRunOutcome> {
  const sent = await postCsv(`${glossaryPath(glossaryId)}/import/dry-run`, csv);
  if ('failure' in sent) return { ok: false, failure: sent.failure };
  try {
    return { ok: true, report: (await sent.response.json()) as DryRunReport };
  } catch {
    return { ok: false, failure: { kind: 'failed' } };
  }
}

/** Starts the import (a background job, all or nothing); refused with every problem when the file is not clean. */
export async function startImport(glossaryId: string, csv: string, fileName: string): Promise<StartOutcome> {
  const sent = await postCsv(`${glossaryPath(glossaryId)}/import?fileName=${encodeURIComponent(fileName)}`, csv);
  if ('failure' in sent) return { ok: false, failure: sent.failure };
  try {
    const body = (await sent.response.json()) as { jobId: string; counts: ImportCounts; progressToken?: string | null };
    return { ok: true, jobId: body.jobId, counts: body.counts, progressToken: body.progressToken ?? null };
  } catch {
    return { ok: false, failure: { kind: 'failed' } };
  }
}

/** The address of a glossary's CSV export (a download: the server names the file). */
export function exportUrl(glossaryId: string): string {
  return `${env.apiUrl}${glossaryPath(glossaryId)}/export.csv`;
}

/**
 * A refusal of the import, put back onto the verdicts: `rows.12.parent` becomes a problem of row
 * 12 in column `parent`, `csv` a problem of the file. Rows the dry run did not list are added.
 */
export function withRefusal(report: DryRunReport, fieldErrors: readonly FieldError[]): DryRunReport {
  const rows = new Map(report.rows.map((row) => [row.row, { ...row, problems: [...row.problems] }]));
  const fileProblems = [...report.fileProblems];
  const counts = { ...report.counts };
  for (const error of fieldErrors) {
    const match = /^rows\.(\d+)\.(.+)$/.exec(error.field);
    if (!match) {
      if (!fileProblems.includes(error.message)) fileProblems.push(error.message);
      continue;
    }
    const rowNumber = Number(match[1]);
    const column = match[2] ?? 'file';
    const listed = rows.get(rowNumber);
    // A clean row past the first 1,000 the dry run listed: its verdict is not known here.
    if (!listed) counts.error += 1;
    const row = listed ?? { row: rowNumber, name: '', action: 'error' as const, problems: [] };
    if (row.action !== 'error') {
      // The row moves from its verdict to the problems.
      counts[row.action] = Math.max(0, counts[row.action] - 1);
      counts.error += 1;
    }
    if (!row.problems.some((problem) => problem.column === column && problem.message === error.message)) {
      row.problems.push({ column, message: error.message });
    }
    rows.set(rowNumber, { ...row, action: 'error' });
  }
  return {
    ...report,
    valid: false,
    fileProblems,
    rows: [...rows.values()].sort((a, b) => a.row - b.row),
    counts,
  };
}

/**
 * Live progress of a job straight from the server running it, without the database (on the
 * embedded database a running import holds the only connection). Null when it is not running
 * there (not started, finished, or another server): then ask GraphQL.
 */
export async function liveJobProgress(jobId: string, token: string): Promise<unknown | null> {
  try {
    const response = await fetch(
      `${env.apiUrl}/jobs/${encodeURIComponent(jobId)}/live?token=${encodeURIComponent(token)}`,
      {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      },
    );
    if (!response.ok) return null;
    const body = (await response.json()) as { live?: boolean; progress?: unknown };
    return body.live ? (body.progress ?? {}) : null;
  } catch {
    return null;
  }
}
