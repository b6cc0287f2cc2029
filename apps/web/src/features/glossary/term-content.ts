import type { Classification, TermContentInput, TermRelationType } from '../../gql/graphql';
import type { PersonRef } from './reviewers';

/** Relation types in the order the editor offers them. */
export const relationTypes: TermRelationType[] = ['is_a', 'part_of', 'related_to', 'replaces'];
export const classifications: Classification[] = ['public', 'internal', 'confidential', 'restricted'];

interface Named {
  id: string;
  name: string;
}

/** A term's words as the live term, a proposal or a revision has them (records as objects). */
export interface ContentSource {
  name: string;
  definition: string;
  abbreviation?: string | null;
  synonyms: readonly string[];
  examples?: string | null;
  validValues?: string | null;
  businessRules?: string | null;
  classification: Classification;
  criticalDataElement: boolean;
  tags: readonly string[];
  externalReferences: readonly { label: string; url: string }[];
  parent?: Named | null;
  domain?: Named | null;
  owner?: PersonRef | null;
  steward?: PersonRef | null;
  reviewers: readonly PersonRef[];
  relations: readonly { type: TermRelationType; direction: string; term: Named }[];
}

/** What the editor's form holds. */
export interface TermFormValues {
  content: {
    name?: string;
    definition?: string;
    abbreviation?: string;
    synonyms?: string[];
    examples?: string;
    validValues?: string;
    businessRules?: string;
    domainId?: string;
    parentId?: string;
    ownerId?: string;
    stewardId?: string;
    reviewerIds?: string[];
    criticalDataElement?: boolean;
    classification?: Classification;
    tags?: string[];
    externalReferences?: { label?: string; url?: string }[];
    relations?: { type?: TermRelationType; termId?: string }[];
  };
  reason?: string;
}

/** The form's starting values: empty for a new term (optionally under a broader one), else the source's. */
export function formValuesOf(source: ContentSource | null, parentId?: string): TermFormValues {
  if (!source) {
    return {
      content: {
        synonyms: [],
        tags: [],
        reviewerIds: [],
        criticalDataElement: false,
        classification: 'internal',
        externalReferences: [],
        relations: [],
        parentId,
      },
    };
  }
  return {
    content: {
      name: source.name,
      definition: source.definition,
      abbreviation: source.abbreviation ?? undefined,
      synonyms: [...source.synonyms],
      examples: source.examples ?? undefined,
      validValues: source.validValues ?? undefined,
      businessRules: source.businessRules ?? undefined,
      domainId: source.domain?.id,
      parentId: source.parent?.id,
      ownerId: source.owner?.id,
      stewardId: source.steward?.id,
      reviewerIds: source.reviewers.map((person) => person.id),
      criticalDataElement: source.criticalDataElement,
      classification: source.classification,
      tags: [...source.tags],
      externalReferences: source.externalReferences.map(({ label, url }) => ({ label, url })),
      // Only what this term says of others; what others say of it is edited on them.
      relations: source.relations
        .filter((relation) => relation.direction === 'OUTGOING')
        .map((relation) => ({ type: relation.type, termId: relation.term.id })),
    },
  };
}

const text = (value: string | undefined) => value?.trim() || null;
const phrases = (values: string[] | undefined) => (values ?? []).map((value) => value.trim()).filter(Boolean);

/** The form as the API's TermContentInput: trimmed, empty texts as null, half-filled rows dropped. */
export function contentInputOf(values: TermFormValues): TermContentInput {
  const content = values.content;
  return {
    name: content.name?.trim() ?? '',
    definition: content.definition?.trim() ?? '',
    abbreviation: text(content.abbreviation),
    synonyms: phrases(content.synonyms),
    examples: text(content.examples),
    validValues: text(content.validValues),
    businessRules: text(content.businessRules),
    domainId: content.domainId ?? null,
    parentId: content.parentId ?? null,
    ownerId: content.ownerId ?? null,
    stewardId: content.stewardId ?? null,
    reviewerIds: content.reviewerIds ?? [],
    criticalDataElement: content.criticalDataElement ?? false,
    classification: content.classification ?? 'internal',
    tags: phrases(content.tags),
    externalReferences: (content.externalReferences ?? [])
      .filter((reference) => reference.label?.trim() || reference.url?.trim())
      .map((reference) => ({ label: reference.label?.trim() ?? '', url: reference.url?.trim() ?? '' })),
    relations: (content.relations ?? []).flatMap((relation) =>
      relation.termId && relation.type ? [{ type: relation.type, termId: relation.termId }] : [],
    ),
  };
}

/** The records a source names, so pickers show names for the ids they start with. */
export function knownRecordsOf(source: ContentSource | null) {
  if (!source) return { people: [], terms: [] };
  const people = [source.owner, source.steward, ...source.reviewers].filter((person): person is PersonRef =>
    Boolean(person),
  );
  const terms = [source.parent, ...source.relations.map((relation) => relation.term)].filter((term): term is Named =>
    Boolean(term),
  );
  return { people, terms };
}
