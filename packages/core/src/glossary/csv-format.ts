import type { Classification, TermRelationType, TermStatus } from '@steward/domain';

/**
 * The glossary CSV format (docs/guide/glossary.md documents it). Lists are separated by `|`,
 * external references are `label|url` entries separated by `;`. People are emails, the domain
 * is its path (`Customer/Consumer`), terms are names in the same glossary. `status` is written
 * on export for information and ignored on import (status changes go through review).
 */
export const csvColumns = [
  'name',
  'definition',
  'abbreviation',
  'synonyms',
  'parent',
  'domain',
  'owner',
  'steward',
  'reviewers',
  'critical_data_element',
  'classification',
  'tags',
  'examples',
  'valid_values',
  'business_rules',
  'external_references',
  'related_to',
  'is_a',
  'part_of',
  'replaces',
  'status',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const requiredCsvColumns: readonly CsvColumn[] = ['name', 'definition'];

export const relationColumns: Record<TermRelationType, CsvColumn> = {
  related_to: 'related_to',
  is_a: 'is_a',
  part_of: 'part_of',
  replaces: 'replaces',
};

export type CsvRow = Partial<Record<CsvColumn, string>>;

/** `a | b|c` → ['a', 'b', 'c'] (empty items dropped). */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join(' | ');
}

export function parseBoolean(value: string | undefined): boolean | undefined {
  const normalised = value?.trim().toLowerCase();
  if (!normalised) return false;
  if (['true', 'yes', 'y', '1', 'x'].includes(normalised)) return true;
  if (['false', 'no', 'n', '0'].includes(normalised)) return false;
  return undefined;
}

export function parseReferences(value: string | undefined): { label: string; url: string }[] | string {
  if (!value?.trim()) return [];
  const references: { label: string; url: string }[] = [];
  for (const entry of value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const separator = entry.lastIndexOf('|');
    if (separator <= 0) return `"${entry}" is not "label|url"`;
    references.push({ label: entry.slice(0, separator).trim(), url: entry.slice(separator + 1).trim() });
  }
  return references;
}

export function formatReferences(references: readonly { label: string; url: string }[]): string {
  return references.map((reference) => `${reference.label}|${reference.url}`).join('; ');
}

export interface ExportableTerm {
  name: string;
  definition: string;
  abbreviation: string | null;
  synonyms: string[];
  parentName: string | null;
  domainPath: string | null;
  ownerEmail: string | null;
  stewardEmail: string | null;
  reviewerEmails: string[];
  criticalDataElement: boolean;
  classification: Classification;
  tags: string[];
  examples: string | null;
  validValues: string | null;
  businessRules: string | null;
  externalReferences: { label: string; url: string }[];
  relations: Record<TermRelationType, string[]>;
  status: TermStatus;
}

export function toCsvRow(term: ExportableTerm): Record<CsvColumn, string> {
  return {
    name: term.name,
    definition: term.definition,
    abbreviation: term.abbreviation ?? '',
    synonyms: joinList(term.synonyms),
    parent: term.parentName ?? '',
    domain: term.domainPath ?? '',
    owner: term.ownerEmail ?? '',
    steward: term.stewardEmail ?? '',
    reviewers: joinList(term.reviewerEmails),
    critical_data_element: term.criticalDataElement ? 'true' : 'false',
    classification: term.classification,
    tags: joinList(term.tags),
    examples: term.examples ?? '',
    valid_values: term.validValues ?? '',
    business_rules: term.businessRules ?? '',
    external_references: formatReferences(term.externalReferences),
    related_to: joinList(term.relations.related_to),
    is_a: joinList(term.relations.is_a),
    part_of: joinList(term.relations.part_of),
    replaces: joinList(term.relations.replaces),
    status: term.status,
  };
}
