import { domains, glossaryTerms, people, type Queryable } from '@steward/db';
import type { Actor, TermRelationType } from '@steward/domain';
import { stringify } from 'csv-stringify/sync';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { type CsvColumn, csvColumns, toCsvRow } from './csv-format.js';
import { termsFromRows } from './term-rows.js';

/**
 * The glossary as CSV in the import format: live content, names instead of ids. Importing the
 * file again changes nothing (the round trip is tested).
 */
export async function exportTermsCsv(db: Queryable, _actor: Actor, glossaryId: string): Promise<string> {
  const rows = await db
    .select()
    .from(glossaryTerms)
    .where(eq(glossaryTerms.glossaryId, glossaryId))
    .orderBy(asc(sql`lower(${glossaryTerms.name})`));
  const terms = [...(await termsFromRows(db, rows)).values()].sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = new Map(terms.map((term) => [term.id, term.name]));
  const foreignIds = [
    ...new Set(terms.flatMap((term) => [term.parentId, ...term.relations.map((relation) => relation.termId)])),
  ].filter((id): id is string => Boolean(id) && !nameOf.has(id!));
  if (foreignIds.length > 0) {
    const foreign = await db
      .select({ id: glossaryTerms.id, name: glossaryTerms.name })
      .from(glossaryTerms)
      .where(inArray(glossaryTerms.id, foreignIds));
    for (const term of foreign) nameOf.set(term.id, term.name);
  }
  const personIds = [...new Set(terms.flatMap((term) => [term.ownerId, term.stewardId, ...term.reviewerIds]))].filter(
    (id): id is string => Boolean(id),
  );
  const emails = new Map(
    personIds.length > 0
      ? (await db.select({ id: people.id, email: people.email }).from(people).where(inArray(people.id, personIds))).map(
          (person) => [person.id, person.email],
        )
      : [],
  );
  const domainRows = await db.select({ id: domains.id, name: domains.name, parentId: domains.parentId }).from(domains);
  const domainById = new Map(domainRows.map((domain) => [domain.id, domain]));
  const pathOf = (id: string | null): string | null => {
    if (!id) return null;
    const names: string[] = [];
    for (
      let cursor = domainById.get(id);
      cursor && names.length < 64;
      cursor = cursor.parentId ? domainById.get(cursor.parentId) : undefined
    ) {
      names.unshift(cursor.name);
    }
    return names.join('/');
  };
  const records = terms.map((term) => {
    const relations: Record<TermRelationType, string[]> = { related_to: [], is_a: [], part_of: [], replaces: [] };
    for (const relation of term.relations)
      relations[relation.type].push(nameOf.get(relation.termId) ?? relation.termId);
    return toCsvRow({
      name: term.name,
      definition: term.definition,
      abbreviation: term.abbreviation,
      synonyms: term.synonyms,
      parentName: term.parentId ? (nameOf.get(term.parentId) ?? null) : null,
      domainPath: pathOf(term.domainId),
      ownerEmail: term.ownerId ? (emails.get(term.ownerId) ?? null) : null,
      stewardEmail: term.stewardId ? (emails.get(term.stewardId) ?? null) : null,
      reviewerEmails: term.reviewerIds.map((id) => emails.get(id) ?? id),
      criticalDataElement: term.criticalDataElement,
      classification: term.classification,
      tags: term.tags,
      examples: term.examples,
      validValues: term.validValues,
      businessRules: term.businessRules,
      externalReferences: term.externalReferences,
      relations,
      status: term.status,
    });
  });
  return stringify(records, { header: true, columns: [...csvColumns] as CsvColumn[] });
}
