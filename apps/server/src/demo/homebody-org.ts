import type { OrgUnitKind } from '@steward/domain';

/** An org unit of the demo company; `parent` is the key of a unit listed before it. */
export interface DemoOrgUnit {
  key: string;
  name: string;
  kind: OrgUnitKind;
  parent: string | null;
  description?: string;
}

/**
 * Homebody Appliances' organisation chart, four levels deep like a large enterprise's.
 * Parents come before their children so the seed can create them in order.
 */
export const homebodyOrgUnits = [
  {
    key: 'group',
    name: 'Homebody Appliances',
    kind: 'group',
    parent: null,
    description: 'Household-appliance maker: washers, fridges and small kitchen appliances; about 6,000 employees.',
  },
  {
    key: 'executive-office',
    name: 'Executive office',
    kind: 'division',
    parent: 'group',
    description: 'The COO, strategy and the program office.',
  },
  {
    key: 'data-governance-office',
    name: 'Data Governance Office',
    kind: 'department',
    parent: 'executive-office',
    description: 'Runs the data governance program and supports councils and stewards.',
  },
  { key: 'sales-marketing', name: 'Sales & Marketing', kind: 'division', parent: 'group' },
  {
    key: 'retail-partners',
    name: 'Retail partners',
    kind: 'department',
    parent: 'sales-marketing',
    description: 'Key accounts with retail chains and dealers.',
  },
  {
    key: 'e-commerce',
    name: 'E-commerce',
    kind: 'department',
    parent: 'sales-marketing',
    description: 'The web shop and online marketing.',
  },
  { key: 'web-shop', name: 'Web shop operations', kind: 'team', parent: 'e-commerce' },
  { key: 'manufacturing', name: 'Manufacturing', kind: 'division', parent: 'group' },
  { key: 'plants', name: 'Plants', kind: 'department', parent: 'manufacturing' },
  {
    key: 'laundry-plant',
    name: 'Laundry plant',
    kind: 'team',
    parent: 'plants',
    description: 'Builds washers and dryers.',
  },
  { key: 'quality', name: 'Quality', kind: 'department', parent: 'manufacturing' },
  { key: 'customer-service', name: 'Customer Service', kind: 'division', parent: 'group' },
  { key: 'call-centre', name: 'Call centre', kind: 'department', parent: 'customer-service' },
  {
    key: 'field-service',
    name: 'Field service',
    kind: 'department',
    parent: 'customer-service',
    description: 'Technicians who install and repair appliances at home.',
  },
  { key: 'service-dispatch', name: 'Service dispatch', kind: 'team', parent: 'field-service' },
  { key: 'finance', name: 'Finance', kind: 'division', parent: 'group' },
  { key: 'controlling', name: 'Controlling', kind: 'department', parent: 'finance' },
  { key: 'procurement', name: 'Procurement', kind: 'department', parent: 'finance' },
  { key: 'information-systems', name: 'Information Systems', kind: 'division', parent: 'group' },
  { key: 'architecture', name: 'Architecture', kind: 'department', parent: 'information-systems' },
  {
    key: 'data-platform',
    name: 'Data platform',
    kind: 'department',
    parent: 'information-systems',
    description: 'Runs the databases, integrations and the analytics platform.',
  },
  { key: 'database-administration', name: 'Database administration', kind: 'team', parent: 'data-platform' },
  { key: 'data-engineering', name: 'Data engineering', kind: 'team', parent: 'data-platform' },
  { key: 'risk-compliance', name: 'Risk & Compliance', kind: 'division', parent: 'group' },
  { key: 'privacy-office', name: 'Privacy office', kind: 'department', parent: 'risk-compliance' },
] as const satisfies readonly DemoOrgUnit[];

export type OrgUnitKey = (typeof homebodyOrgUnits)[number]['key'];
