import { domains, glossaryTerms, people, type Queryable, rowsOf } from '@steward/db';
import { type FieldError, InputError, type TermContent } from '@steward/domain';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';

/**
 * Checks what a term's content points at: the domain, the parent term (same glossary, no
 * cycle), active people as owner, steward and reviewers, existing terms as relation targets,
 * and a name no other term of the glossary uses. Every problem is named by its field.
 */
export async function assertContentReferences(
  tx: Queryable,
  glossaryId: string,
  termId: string | null,
  content: TermContent,
): Promise<void> {
  const problems: FieldError[] = [];

  const [clash] = await tx
    .select({ id: glossaryTerms.id })
    .from(glossaryTerms)
    .where(
      and(
        eq(glossaryTerms.glossaryId, glossaryId),
        sql`lower(${glossaryTerms.name}) = ${content.name.toLowerCase()}`,
        termId ? ne(glossaryTerms.id, termId) : undefined,
      ),
    );
  if (clash) problems.push({ field: 'content.name', message: 'is already the name of another term in this glossary' });

  if (content.domainId) {
    const [domain] = await tx.select({ id: domains.id }).from(domains).where(eq(domains.id, content.domainId));
    if (!domain) problems.push({ field: 'content.domainId', message: 'does not exist' });
  }

  if (content.parentId) {
    const [parent] = await tx
      .select({ id: glossaryTerms.id, glossaryId: glossaryTerms.glossaryId })
      .from(glossaryTerms)
      .where(eq(glossaryTerms.id, content.parentId));
    if (!parent) problems.push({ field: 'content.parentId', message: 'does not exist' });
    else if (parent.glossaryId !== glossaryId) {
      problems.push({ field: 'content.parentId', message: 'must be a term of the same glossary' });
    } else if (termId && (await isAncestorOrSelf(tx, termId, content.parentId))) {
      problems.push({ field: 'content.parentId', message: 'cannot be the term itself or one of its narrower terms' });
    }
  }

  const personFields: [string, string][] = [];
  if (content.ownerId) personFields.push(['content.ownerId', content.ownerId]);
  if (content.stewardId) personFields.push(['content.stewardId', content.stewardId]);
  content.reviewerIds.forEach((id, index) => {
    personFields.push([`content.reviewerIds.${index}`, id]);
  });
  if (personFields.length > 0) {
    const found = await tx
      .select({ id: people.id, name: people.name, active: people.active })
      .from(people)
      .where(
        inArray(
          people.id,
          personFields.map(([, id]) => id),
        ),
      );
    const byId = new Map(found.map((person) => [person.id, person]));
    for (const [field, id] of personFields) {
      const person = byId.get(id);
      if (!person) problems.push({ field, message: 'does not exist' });
      else if (!person.active) problems.push({ field, message: `${person.name} is inactive` });
    }
  }

  if (content.relations.length > 0) {
    const targets = await tx
      .select({ id: glossaryTerms.id })
      .from(glossaryTerms)
      .where(
        inArray(
          glossaryTerms.id,
          content.relations.map((relation) => relation.termId),
        ),
      );
    const known = new Set(targets.map((target) => target.id));
    const seen = new Set<string>();
    content.relations.forEach((relation, index) => {
      const key = `${relation.type}:${relation.termId}`;
      if (relation.termId === termId) {
        problems.push({ field: `content.relations.${index}.termId`, message: 'cannot be the term itself' });
      } else if (!known.has(relation.termId)) {
        problems.push({ field: `content.relations.${index}.termId`, message: 'does not exist' });
      } else if (seen.has(key)) {
        problems.push({ field: `content.relations.${index}`, message: 'is listed twice' });
      }
      seen.add(key);
    });
  }

  if (problems.length > 0) throw new InputError(problems);
}

/** Is `candidate` the term itself or below it (so making it the parent would close a loop)? */
async function isAncestorOrSelf(tx: Queryable, termId: string, candidate: string): Promise<boolean> {
  const rows = rowsOf<{ found: boolean }>(
    await tx.execute(sql`
      with recursive up as (
        select id, parent_id, 1 as depth from ${glossaryTerms} where id = ${candidate}
        union all
        select t.id, t.parent_id, up.depth + 1 from ${glossaryTerms} t join up on t.id = up.parent_id
        where up.depth < 64
      )
      select exists(select 1 from up where id = ${termId}) as found`),
  );
  return Boolean(rows[0]?.found);
}
