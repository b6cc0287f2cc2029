/**
 * The glossary CSV columns as the user guide documents them (docs/guide/glossary.md), in the
 * order the export writes them. `status` is left out of the template: import ignores it.
 */
export const templateColumns = [
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
] as const;

export type TemplateColumn = (typeof templateColumns)[number];

/** Two example terms that import as they are into any glossary (no people or domains named). */
const exampleRows: Partial<Record<TemplateColumn, string>>[] = [
  {
    name: 'Customer',
    definition: 'A person or organisation that has bought, or agreed to buy, at least one of our products.',
    synonyms: 'Client | Buyer',
    critical_data_element: 'true',
    classification: 'internal',
    tags: 'core',
    examples: 'A household that bought a washing machine online.',
    external_references: 'Customer policy|https://intranet.example/policies/customer',
  },
  {
    name: 'Customer address',
    definition: 'Where a **customer** receives deliveries and service visits.',
    abbreviation: 'CA',
    synonyms: 'Delivery address',
    parent: 'Customer',
    critical_data_element: 'false',
    classification: 'confidential',
    valid_values: 'A postal address the carrier can deliver to.',
    business_rules: 'A customer has at most one delivery address at a time.',
    related_to: 'Customer',
  },
];

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Lines of a CSV file (CRLF, as spreadsheets write them). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The template: the header the import reads and two example rows. */
export function templateCsv(): string {
  return toCsv([templateColumns, ...exampleRows.map((row) => templateColumns.map((column) => row[column] ?? ''))]);
}

/** Saves text as a file through the browser's download (no server round trip). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
