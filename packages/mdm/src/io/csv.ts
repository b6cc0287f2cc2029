import { parse } from 'csv-parse/sync';
import type { SourceRecord } from '../engine/prepare.js';

export interface CsvRecordsOptions {
  /** The column that identifies a record; it never takes part in matching. Empty: records are numbered by line. */
  idColumn: string;
  /** A ground-truth column (same value = same entity; FEBRL ids name their entity); read for scoring only, never for matching. */
  truthColumn?: string;
  /** The column naming each record's source system, or one source name for the whole file. */
  sourceColumn?: string;
  source?: string;
  /** The column with each record's last-update time (trust decay and "most recent" read it). */
  updatedAtColumn?: string;
}

export interface CsvRecords {
  columns: string[];
  records: SourceRecord[];
  /** Per record, its ground-truth label (when a truth column was named). */
  truth?: string[];
}

/** A problem with a sample file, naming the column or line. */
export class SampleFileError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'SampleFileError';
  }
}

/**
 * Reads sample records from CSV text: a header line, comma-separated (blanks after commas are
 * trimmed, quotes follow RFC 4180), every value text (leading zeros kept), empty = missing. The
 * id and truth columns are taken out of the values, so no policy can match on them.
 */
export function readCsvRecords(text: string, options: CsvRecordsOptions): CsvRecords {
  let rows: string[][];
  try {
    rows = parse(text, { trim: true, skip_empty_lines: true, relax_column_count: false, bom: true });
  } catch (error) {
    throw new SampleFileError(`is not valid CSV: ${(error as Error).message}`, 'file');
  }
  const [header, ...body] = rows;
  if (!header || header.length === 0) throw new SampleFileError('has no header line', 'file');
  const columns = header.map((column) => column.trim());
  const position = (column: string | undefined, field: string) => {
    if (column === undefined) return -1;
    const index = columns.indexOf(column);
    if (index < 0) throw new SampleFileError(`names a column the file does not have (${column})`, field);
    return index;
  };
  const idIndex = options.idColumn ? position(options.idColumn, 'idColumn') : -1;
  const truthIndex = position(options.truthColumn, 'truthColumn');
  const sourceIndex = position(options.sourceColumn, 'sourceColumn');
  const updatedIndex = position(options.updatedAtColumn, 'updatedAtColumn');
  const hidden = new Set([idIndex, truthIndex]);
  const records: SourceRecord[] = [];
  const truth: string[] | undefined = truthIndex >= 0 ? [] : undefined;
  const ids = new Set<string>();
  body.forEach((cells, line) => {
    const id = idIndex >= 0 ? (cells[idIndex] ?? '') : `line-${line + 2}`;
    if (!id) throw new SampleFileError(`is empty on data line ${line + 1}`, 'idColumn');
    if (ids.has(id)) throw new SampleFileError(`repeats the id ${id} (data line ${line + 1})`, 'idColumn');
    ids.add(id);
    const values: Record<string, string | null> = {};
    columns.forEach((column, index) => {
      if (!hidden.has(index)) values[column] = cells[index] ? cells[index]! : null;
    });
    records.push({
      id,
      source: sourceIndex >= 0 ? cells[sourceIndex] || null : (options.source ?? null),
      updatedAt: updatedIndex >= 0 ? cells[updatedIndex] || null : null,
      values,
    });
    truth?.push(truthLabel(cells[truthIndex] ?? ''));
  });
  return { columns, records, truth };
}

/**
 * A truth label: the column's value, except FEBRL-style ids (`rec-<N>-org`, `rec-<N>-dup-<k>`),
 * which name entity N, so an id column of that form can serve as its own truth column.
 */
export function truthLabel(value: string): string {
  return /^rec-\d+-(org|dup-\d+)$/.test(value) ? febrlEntity(value) : value;
}

/** FEBRL's labels: `rec-<N>-org` and `rec-<N>-dup-<k>` are entity N (for scoring only). */
export function febrlEntity(id: string): string {
  const match = /^rec-(\d+)-/.exec(id);
  return match ? match[1]! : id;
}
