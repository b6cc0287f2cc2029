import {
  createGlossary,
  decideProposal,
  getTerm,
  importTerms,
  proposeDeprecation,
  proposeTerm,
  proposeTermChange,
} from '@steward/core';
import type { Database } from '@steward/db';
import type { Actor, TermContentInput } from '@steward/domain';
import { demoPerson, homebodyDomains } from './homebody.js';
import {
  type DemoTerm,
  type DemoTermChange,
  homebodyGlossary,
  homebodyGlossaryStory,
  homebodyTerms,
} from './homebody-glossary.js';
import type { PersonName } from './homebody-people.js';

export interface GlossarySeedContext {
  /** Creates the glossary (an admin's job); terms are proposed and decided by people. */
  actor: Actor;
  personIds: ReadonlyMap<string, string>;
  domainIds: ReadonlyMap<string, string>;
}

/** The id a name was created under; a miss is a mistake in the demo data, not in the db. */
function idOf(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo glossary refers to ${what} "${key}" before it is created`);
  return id;
}

/** The terms a term's content points at: they must exist when it is proposed. */
function dependenciesOf(term: DemoTerm): string[] {
  return [...(term.parent ? [term.parent] : []), ...(term.relations ?? []).map(([, name]) => name)];
}

/** The terms in an order where every broader or related term comes before the terms naming it. */
export function inProposalOrder(terms: readonly DemoTerm[]): DemoTerm[] {
  const placed = new Set<string>();
  const ordered: DemoTerm[] = [];
  let rest = [...terms];
  while (rest.length > 0) {
    const ready = rest.filter((term) => dependenciesOf(term).every((name) => placed.has(name)));
    if (ready.length === 0) {
      const names = rest.map((term) => term.name).join(', ');
      throw new Error(`Demo glossary terms refer to missing terms or to each other in a loop: ${names}`);
    }
    for (const term of ready) {
      placed.add(term.name);
      ordered.push(term);
    }
    rest = rest.filter((term) => !placed.has(term.name));
  }
  return ordered;
}

/** `Customer/Consumer`: a domain as the CSV import names it. */
function domainPath(key: string): string {
  const domain = homebodyDomains.find((candidate) => candidate.key === key);
  if (!domain) throw new Error(`The demo has no domain "${key}"`);
  return domain.parent ? `${domainPath(domain.parent)}/${domain.name}` : domain.name;
}

const csvHeader = [
  'name',
  'definition',
  'abbreviation',
  'synonyms',
  'parent',
  'domain',
  'owner',
  'steward',
  'critical_data_element',
  'classification',
  'tags',
  'examples',
  'valid_values',
  'business_rules',
  'related_to',
  'is_a',
  'part_of',
  'replaces',
] as const;

/** The demo terms as a glossary CSV file, the way a steward's spreadsheet would export them. */
export function toImportCsv(terms: readonly DemoTerm[]): string {
  const related = (term: DemoTerm, type: string) =>
    (term.relations ?? [])
      .filter(([relation]) => relation === type)
      .map(([, name]) => name)
      .join(' | ');
  const rows = terms.map((term) => ({
    name: term.name,
    definition: term.definition,
    abbreviation: term.abbreviation ?? '',
    synonyms: (term.synonyms ?? []).join(' | '),
    parent: term.parent ?? '',
    domain: term.domain ? domainPath(term.domain) : '',
    owner: demoPerson(term.owner).email,
    steward: demoPerson(term.steward).email,
    critical_data_element: term.critical ? 'true' : 'false',
    classification: term.classification ?? 'internal',
    tags: (term.tags ?? []).join(' | '),
    examples: term.examples ?? '',
    valid_values: term.validValues ?? '',
    business_rules: term.businessRules ?? '',
    related_to: related(term, 'related_to'),
    is_a: related(term, 'is_a'),
    part_of: related(term, 'part_of'),
    replaces: related(term, 'replaces'),
  }));
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  return [csvHeader.join(','), ...rows.map((row) => csvHeader.map((column) => quote(row[column])).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}

/**
 * Loads the Homebody business glossary through the real workflow: each steward proposes the terms
 * of their domain and the governance lead approves them (her own, her deputy), then the glossary
 * moves on: one term revised, one deprecated and replaced, one change and a few terms still waiting
 * for review, and an import batch in the review inbox. Returns the number of terms.
 */
export async function seedGlossary(db: Database, { actor, personIds, domainIds }: GlossarySeedContext) {
  const personId = (name: PersonName) => idOf(personIds, name, 'person');
  const actorOf = (name: PersonName): Actor => ({
    kind: 'account',
    accountId: null,
    personId: personId(name),
    role: 'steward',
    label: demoPerson(name).email,
    requestId: null,
    sessionId: null,
  });
  // Nobody approves their own change: the lead reviewer's proposals go to her deputy.
  const reviewerOf = (author: PersonName) =>
    actorOf(author === homebodyGlossary.leadReviewer ? homebodyGlossary.deputyReviewer : homebodyGlossary.leadReviewer);

  const glossary = await createGlossary(db, actor, {
    name: homebodyGlossary.name,
    description: homebodyGlossary.description,
    reviewerEditsNeedSecondReviewer: homebodyGlossary.reviewerEditsNeedSecondReviewer,
    ownerIds: homebodyGlossary.owners.map(personId),
    reviewerIds: homebodyGlossary.reviewers.map(personId),
  });

  const termIds = new Map<string, string>();
  const termData = new Map(homebodyTerms.map((term) => [term.name, term]));
  const contentOf = (term: DemoTerm): TermContentInput => ({
    name: term.name,
    definition: term.definition,
    abbreviation: term.abbreviation ?? null,
    synonyms: [...(term.synonyms ?? [])],
    examples: term.examples ?? null,
    validValues: term.validValues ?? null,
    businessRules: term.businessRules ?? null,
    domainId: term.domain ? idOf(domainIds, term.domain, 'domain') : null,
    parentId: term.parent ? idOf(termIds, term.parent, 'term') : null,
    ownerId: personId(term.owner),
    stewardId: personId(term.steward),
    reviewerIds: [],
    criticalDataElement: term.critical ?? false,
    classification: term.classification ?? 'internal',
    tags: [...(term.tags ?? [])],
    externalReferences: (term.externalReferences ?? []).map((reference) => ({ ...reference })),
    relations: (term.relations ?? []).map(([type, name]) => ({ type, termId: idOf(termIds, name, 'term') })),
  });
  const approve = (author: PersonName, proposalId: string, comment: string | null = null) =>
    decideProposal(db, reviewerOf(author), { proposalId, decision: 'approve', comment });

  const waiting = new Set<string>(homebodyGlossaryStory.inReview);
  for (const term of inProposalOrder(homebodyTerms)) {
    const { term: created, proposal } = await proposeTerm(db, actorOf(term.steward), {
      glossaryId: glossary.id,
      content: contentOf(term),
      reason: homebodyGlossary.proposalReason,
    });
    termIds.set(term.name, created.id);
    if (!waiting.has(term.name)) await approve(term.steward, proposal.id);
  }

  const proposeChange = async ({ term: name, by, change, reason }: DemoTermChange) => {
    const data = termData.get(name);
    if (!data) throw new Error(`Demo glossary changes a term "${name}" it does not have`);
    const current = await getTerm(db, idOf(termIds, name, 'term'));
    const { proposal } = await proposeTermChange(db, actorOf(by), {
      termId: current.id,
      version: current.version,
      content: contentOf({ ...data, ...change }),
      reason,
    });
    return proposal;
  };

  const { revised, pendingChange, deprecated, importBatch } = homebodyGlossaryStory;
  const revision = await proposeChange(revised);
  await approve(revised.by, revision.id, revised.decisionComment);

  const retired = await getTerm(db, idOf(termIds, deprecated.term, 'term'));
  const { proposal: deprecation } = await proposeDeprecation(db, actorOf(deprecated.by), {
    termId: retired.id,
    version: retired.version,
    replacedById: idOf(termIds, deprecated.replacedBy, 'term'),
    reason: deprecated.reason,
  });
  await approve(deprecated.by, deprecation.id);

  await proposeChange(pendingChange);

  const imported = await importTerms(db, actorOf(importBatch.by), {
    glossaryId: glossary.id,
    csv: toImportCsv(importBatch.terms),
    fileName: importBatch.fileName,
  });
  if (imported.plan.counts.create !== importBatch.terms.length) {
    throw new Error(`The demo import created ${imported.plan.counts.create} of ${importBatch.terms.length} terms`);
  }

  return { glossaryId: glossary.id, terms: termIds.size + importBatch.terms.length };
}
