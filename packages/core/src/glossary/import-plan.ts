import { randomUUID } from 'node:crypto';
import { domains, glossaryTerms, people, type Queryable, termProposals } from '@steward/db';
import {
  type GlossaryTerm,
  sameTermContent,
  type TermContent,
  type TermProposal,
  type TermRelationType,
  termContentSchema,
  termRelationTypes,
} from '@steward/domain';
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type CsvColumn,
  type CsvRow,
  csvColumns,
  parseBoolean,
  parseReferences,
  relationColumns,
  requiredCsvColumns,
  splitList,
} from './csv-format.js';
import { contentOf, termsFromRows, toProposal } from './term-rows.js';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'error';

export interface ImportProblem {
  column: CsvColumn | 'file';
  message: string;
}

/** The verdict on one row of an import file (rows count from 2: line 1 is the header). */
export interface ImportRowVerdict {
  row: number;
  name: string;
  action: ImportAction;
  problems: ImportProblem[];
}

export interface PlannedTerm {
  row: number;
  termId: string;
  /** `create` for a new term or one never approved, `update` for an approved one. */
  kind: 'create' | 'update';
  isNew: boolean;
  content: TermContent;
}

export interface ImportPlan {
  valid: boolean;
  /** Problems with the file as a whole (header, size, encoding). */
  fileProblems: string[];
  rows: ImportRowVerdict[];
  counts: Record<ImportAction, number> & { rows: number };
  /** What applying writes, parents before children. */
  writes: PlannedTerm[];
}

export const MAX_IMPORT_ROWS = 200_000;

const fieldColumns: Record<string, CsvColumn> = {
  name: 'name',
  definition: 'definition',
  abbreviation: 'abbreviation',
  synonyms: 'synonyms',
  examples: 'examples',
  validValues: 'valid_values',
  businessRules: 'business_rules',
  domainId: 'domain',
  parentId: 'parent',
  ownerId: 'owner',
  stewardId: 'steward',
  reviewerIds: 'reviewers',
  criticalDataElement: 'critical_data_element',
  classification: 'classification',
  tags: 'tags',
  externalReferences: 'external_references',
  relations: 'related_to',
};

function emptyPlan(fileProblems: string[]): ImportPlan {
  return {
    valid: false,
    fileProblems,
    rows: [],
    counts: { rows: 0, create: 0, update: 0, unchanged: 0, error: 0 },
    writes: [],
  };
}

/** Parses the file; a problem with the file itself stops here. */
export function parseTermCsv(text: string): { records: CsvRow[] } | { fileProblems: string[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    return { fileProblems: [`The file is not valid CSV: ${(error as Error).message}`] };
  }
  if (records.length === 0) return { fileProblems: ['The file has no rows under its header.'] };
  if (records.length > MAX_IMPORT_ROWS) {
    return { fileProblems: [`The file has ${records.length} rows; an import takes at most ${MAX_IMPORT_ROWS}.`] };
  }
  const header = Object.keys(records[0]!);
  const unknown = header.filter((column) => !(csvColumns as readonly string[]).includes(column));
  const missing = requiredCsvColumns.filter((column) => !header.includes(column));
  const problems: string[] = [];
  if (unknown.length > 0)
    problems.push(`Unknown columns: ${unknown.join(', ')}. The columns are: ${csvColumns.join(', ')}.`);
  if (missing.length > 0) problems.push(`Missing required columns: ${missing.join(', ')}.`);
  if (problems.length > 0) return { fileProblems: problems };
  return { records: records as CsvRow[] };
}

interface ExistingTerm {
  id: string;
  status: GlossaryTerm['status'];
  parentId: string | null;
}

/** Domains by path ("Customer/Consumer") and, where unambiguous, by bare name. */
async function domainIndex(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.select({ id: domains.id, name: domains.name, parentId: domains.parentId }).from(domains);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pathOf = (id: string): string => {
    const names: string[] = [];
    for (
      let cursor = byId.get(id);
      cursor && names.length < 64;
      cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined
    ) {
      names.unshift(cursor.name);
    }
    return names.join('/');
  };
  const index = new Map<string, string>();
  const nameCounts = new Map<string, number>();
  for (const row of rows) nameCounts.set(row.name.toLowerCase(), (nameCounts.get(row.name.toLowerCase()) ?? 0) + 1);
  for (const row of rows) {
    index.set(pathOf(row.id).toLowerCase(), row.id);
    if (nameCounts.get(row.name.toLowerCase()) === 1) index.set(row.name.toLowerCase(), row.id);
  }
  return index;
}

/**
 * Plans an import: a verdict per row and column, without writing. Rows may come in any order
 * (a parent may follow its children); names refer to terms of the file or of the glossary.
 * Re-importing a file, or importing an export, plans nothing to write.
 */
export async function planTermImport(db: Queryable, glossaryId: string, text: string): Promise<ImportPlan> {
  const parsed = parseTermCsv(text);
  if ('fileProblems' in parsed) return emptyPlan(parsed.fileProblems);
  const { records } = parsed;

  // Existing terms of the glossary, by lower-cased name.
  const existingRows = await db
    .select({
      id: glossaryTerms.id,
      name: glossaryTerms.name,
      status: glossaryTerms.status,
      parentId: glossaryTerms.parentId,
    })
    .from(glossaryTerms)
    .where(eq(glossaryTerms.glossaryId, glossaryId));
  const existingByName = new Map<string, ExistingTerm>(
    existingRows.map((row) => [
      row.name.toLowerCase(),
      { id: row.id, status: row.status as GlossaryTerm['status'], parentId: row.parentId },
    ]),
  );

  // Names of the file get ids first, so rows can refer to terms that come later in the file.
  const verdicts: ImportRowVerdict[] = [];
  const fileIds = new Map<string, string>();
  const firstRowOfName = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 2;
    const name = (record.name ?? '').trim();
    verdicts.push({ row, name, action: 'error', problems: [] });
    const key = name.toLowerCase();
    if (!name) return;
    const earlier = firstRowOfName.get(key);
    if (earlier !== undefined) {
      verdicts[index]!.problems.push({ column: 'name', message: `appears again (first in row ${earlier})` });
      return;
    }
    firstRowOfName.set(key, row);
    fileIds.set(key, existingByName.get(key)?.id ?? randomUUID());
  });

  const emails = new Set<string>();
  for (const record of records) {
    for (const column of ['owner', 'steward'] as const)
      if (record[column]?.trim()) emails.add(record[column]!.trim().toLowerCase());
    for (const email of splitList(record.reviewers)) emails.add(email.toLowerCase());
  }
  const peopleRows =
    emails.size > 0
      ? await db
          .select({ id: people.id, email: people.email, active: people.active, name: people.name })
          .from(people)
          .where(sql`lower(${people.email}) = any(${sql.param([...emails])}::text[])`)
      : [];
  const personByEmail = new Map(peopleRows.map((person) => [person.email.toLowerCase(), person]));
  const domainsByPath = await domainIndex(db);

  const termIdOf = (name: string): string | undefined =>
    fileIds.get(name.toLowerCase()) ?? existingByName.get(name.toLowerCase())?.id;

  const contents = new Map<number, TermContent>();
  records.forEach((record, index) => {
    const verdict = verdicts[index]!;
    if (verdict.problems.length > 0) return;
    const problem = (column: CsvColumn, message: string) => verdict.problems.push({ column, message });
    const person = (column: CsvColumn, email: string): string | null => {
      const found = personByEmail.get(email.toLowerCase());
      if (!found) problem(column, `no person with the email ${email}`);
      else if (!found.active) problem(column, `${found.name} is inactive`);
      return found?.id ?? null;
    };
    const termRef = (column: CsvColumn, name: string): string | null => {
      const id = termIdOf(name);
      if (!id) problem(column, `no term named "${name}" in the file or the glossary`);
      else if (id === fileIds.get(verdict.name.toLowerCase())) problem(column, 'cannot be the term itself');
      return id ?? null;
    };

    const domainText = record.domain?.trim();
    const domainId = domainText
      ? (domainsByPath.get(domainText.replace(/\s*\/\s*/g, '/').toLowerCase()) ?? null)
      : null;
    if (domainText && !domainId)
      problem('domain', `no domain at "${domainText}" (write the path, such as Customer/Consumer)`);
    const parentName = record.parent?.trim();
    const parentId = parentName ? termRef('parent', parentName) : null;
    const critical = parseBoolean(record.critical_data_element);
    if (critical === undefined) problem('critical_data_element', 'must be true or false');
    const references = parseReferences(record.external_references);
    if (typeof references === 'string') problem('external_references', references);
    const relations: { type: TermRelationType; termId: string }[] = [];
    for (const type of termRelationTypes) {
      for (const name of splitList(record[relationColumns[type]])) {
        const id = termRef(relationColumns[type], name);
        if (id) relations.push({ type, termId: id });
      }
    }
    const candidate = {
      name: verdict.name,
      definition: record.definition ?? '',
      abbreviation: record.abbreviation,
      synonyms: splitList(record.synonyms),
      examples: record.examples,
      validValues: record.valid_values,
      businessRules: record.business_rules,
      domainId,
      parentId,
      ownerId: record.owner?.trim() ? person('owner', record.owner.trim()) : null,
      stewardId: record.steward?.trim() ? person('steward', record.steward.trim()) : null,
      reviewerIds: splitList(record.reviewers)
        .map((email) => person('reviewers', email))
        .filter((id): id is string => id !== null),
      criticalDataElement: critical ?? false,
      classification: record.classification?.trim() ? record.classification.trim().toLowerCase() : 'internal',
      tags: splitList(record.tags),
      externalReferences: typeof references === 'string' ? [] : references,
      relations,
    };
    const result = termContentSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? 'name');
        const column =
          field === 'relations'
            ? relationColumnOf(candidate.relations, issue.path[1])
            : (fieldColumns[field] ?? 'name');
        problem(column, issue.message);
      }
      return;
    }
    contents.set(verdict.row, result.data);
  });

  // Broader-term loops through the file and the glossary.
  const parentOf = new Map<string, string | null>(existingRows.map((row) => [row.id, row.parentId]));
  for (const [row, content] of contents)
    parentOf.set(fileIds.get(verdicts[row - 2]!.name.toLowerCase())!, content.parentId);
  for (const [row, content] of contents) {
    const self = fileIds.get(verdicts[row - 2]!.name.toLowerCase())!;
    let cursor = content.parentId;
    for (let steps = 0; cursor && steps < 10_000; steps++) {
      if (cursor === self) {
        verdicts[row - 2]!.problems.push({ column: 'parent', message: 'makes a loop of broader terms' });
        break;
      }
      cursor = parentOf.get(cursor) ?? null;
    }
  }

  // Compare with what the glossary has: the live term, or its open proposal.
  const existingIds = [...contents.keys()]
    .map((row) => existingByName.get(verdicts[row - 2]!.name.toLowerCase())?.id)
    .filter((id): id is string => Boolean(id));
  const live = new Map<string, GlossaryTerm>();
  const open = new Map<string, TermProposal>();
  for (let offset = 0; offset < existingIds.length; offset += 1000) {
    const chunk = existingIds.slice(offset, offset + 1000);
    const rows = await db.select().from(glossaryTerms).where(inArray(glossaryTerms.id, chunk));
    for (const [id, term] of await termsFromRows(db, rows)) live.set(id, term);
    const proposals = await db
      .select()
      .from(termProposals)
      .where(and(inArray(termProposals.termId, chunk), inArray(termProposals.status, ['draft', 'pending'])));
    for (const proposal of proposals) open.set(proposal.termId, toProposal(proposal));
  }

  const writes: PlannedTerm[] = [];
  for (const verdict of verdicts) {
    const content = contents.get(verdict.row);
    if (verdict.problems.length > 0 || !content) {
      verdict.action = 'error';
      if (verdict.problems.length === 0) verdict.problems.push({ column: 'name', message: 'is required' });
      continue;
    }
    const termId = fileIds.get(verdict.name.toLowerCase())!;
    const existing = live.get(termId);
    if (!existing) {
      verdict.action = 'create';
      writes.push({ row: verdict.row, termId, kind: 'create', isNew: true, content });
      continue;
    }
    const pending = open.get(termId);
    if (pending) {
      // Unchanged against either version: re-importing a file, or importing an export made while
      // the change waits, plans nothing.
      if (sameTermContent(pending.content, content) || sameTermContent(contentOf(existing), content)) {
        verdict.action = 'unchanged';
      } else
        verdict.problems.push({
          column: 'name',
          message: `has an open change by ${pending.authorLabel}; it must be decided first`,
        });
    } else if (sameTermContent(contentOf(existing), content)) {
      verdict.action = 'unchanged';
    } else if (existing.status === 'deprecated') {
      verdict.problems.push({ column: 'status', message: 'the term is deprecated; propose its reinstatement first' });
    } else {
      verdict.action = 'update';
      writes.push({
        row: verdict.row,
        termId,
        kind: existing.status === 'approved' ? 'update' : 'create',
        isNew: false,
        content,
      });
    }
    if (verdict.problems.length > 0) verdict.action = 'error';
  }

  const columnOrder = (problem: ImportProblem) => (csvColumns as readonly string[]).indexOf(problem.column);
  for (const verdict of verdicts) verdict.problems.sort((a, b) => columnOrder(a) - columnOrder(b));
  const counts = { rows: verdicts.length, create: 0, update: 0, unchanged: 0, error: 0 };
  for (const verdict of verdicts) counts[verdict.action] += 1;
  return { valid: counts.error === 0, fileProblems: [], rows: verdicts, counts, writes: parentsFirst(writes) };
}

function relationColumnOf(relations: { type: TermRelationType }[], index: unknown): CsvColumn {
  const relation = typeof index === 'number' ? relations[index] : undefined;
  return relation ? relationColumns[relation.type] : 'related_to';
}

/** New terms in an order where every broader term comes before its narrower ones. */
function parentsFirst(writes: PlannedTerm[]): PlannedTerm[] {
  const byId = new Map(writes.map((write) => [write.termId, write]));
  const placed = new Set<string>();
  const ordered: PlannedTerm[] = [];
  const place = (write: PlannedTerm, depth: number) => {
    if (placed.has(write.termId) || depth > 10_000) return;
    const parent = write.content.parentId ? byId.get(write.content.parentId) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(write.termId);
    ordered.push(write);
  };
  for (const write of writes) place(write, 0);
  return ordered;
}
