import type { OrgUnitKey } from './homebody-org.js';

export interface DemoPerson {
  name: string;
  email: string;
  title: string;
  orgUnit: OrgUnitKey;
}

/**
 * The people of the demo. The first seven come from the training case; the rest staff the
 * domains, councils and the platform so every screen has someone real to show.
 */
export const homebodyPeople = [
  // Named in the training case.
  { name: 'Yoshi Goto', email: 'yoshi.goto@homebody.example', title: 'COO', orgUnit: 'executive-office' },
  { name: 'Susan Notetaker', email: 'susan.notetaker@homebody.example', title: 'CIO', orgUnit: 'information-systems' },
  {
    name: 'Sarah Updown',
    email: 'sarah.updown@homebody.example',
    title: 'Head of Data Governance',
    orgUnit: 'data-governance-office',
  },
  {
    name: 'Steve Panic',
    email: 'steve.panic@homebody.example',
    title: 'VP Customer Satisfaction',
    orgUnit: 'customer-service',
  },
  { name: 'Jose Makit', email: 'jose.makit@homebody.example', title: 'VP Manufacturing', orgUnit: 'manufacturing' },
  {
    name: 'Barbara Futura',
    email: 'barbara.futura@homebody.example',
    title: 'VP Strategy',
    orgUnit: 'executive-office',
  },
  {
    name: 'Tony Technology',
    email: 'tony.technology@homebody.example',
    title: 'VP Information Systems',
    orgUnit: 'information-systems',
  },
  // Business leaders who own or sponsor domains.
  {
    name: 'Valerie Strand',
    email: 'valerie.strand@homebody.example',
    title: 'VP Sales & Marketing',
    orgUnit: 'sales-marketing',
  },
  { name: 'Grace Ledger', email: 'grace.ledger@homebody.example', title: 'Finance Controller', orgUnit: 'controlling' },
  {
    name: 'Victor Sourcing',
    email: 'victor.sourcing@homebody.example',
    title: 'Head of Procurement',
    orgUnit: 'procurement',
  },
  { name: 'Priya Shield', email: 'priya.shield@homebody.example', title: 'Privacy Officer', orgUnit: 'privacy-office' },
  // Business stewards.
  {
    name: 'Carmen Loyola',
    email: 'carmen.loyola@homebody.example',
    title: 'Customer Data Lead Steward',
    orgUnit: 'call-centre',
  },
  { name: 'Emma Webb', email: 'emma.webb@homebody.example', title: 'E-commerce CRM Manager', orgUnit: 'e-commerce' },
  {
    name: 'Oliver Specs',
    email: 'oliver.specs@homebody.example',
    title: 'Product Data Lead Steward',
    orgUnit: 'quality',
  },
  {
    name: 'Mira Lindqvist',
    email: 'mira.lindqvist@homebody.example',
    title: 'Product Information Manager',
    orgUnit: 'retail-partners',
  },
  {
    name: 'Peter Partsworth',
    email: 'peter.partsworth@homebody.example',
    title: 'Spare Parts Planner',
    orgUnit: 'field-service',
  },
  {
    name: 'Hector Torque',
    email: 'hector.torque@homebody.example',
    title: 'Production Planning Manager',
    orgUnit: 'laundry-plant',
  },
  {
    name: 'Nadia Balance',
    email: 'nadia.balance@homebody.example',
    title: 'Senior Accountant',
    orgUnit: 'controlling',
  },
  // Architecture, technical stewards and custodians.
  {
    name: 'Ada Schema',
    email: 'ada.schema@homebody.example',
    title: 'Enterprise Data Architect',
    orgUnit: 'architecture',
  },
  {
    name: 'Ravi Pipeline',
    email: 'ravi.pipeline@homebody.example',
    title: 'CRM Integration Engineer',
    orgUnit: 'data-engineering',
  },
  {
    name: 'Karl Eriksen',
    email: 'karl.eriksen@homebody.example',
    title: 'ERP Solution Lead',
    orgUnit: 'data-platform',
  },
  { name: 'Marta Sensor', email: 'marta.sensor@homebody.example', title: 'MES Engineer', orgUnit: 'data-engineering' },
  {
    name: 'Dimitri Backup',
    email: 'dimitri.backup@homebody.example',
    title: 'Lead Database Administrator',
    orgUnit: 'database-administration',
  },
  {
    name: 'Petra Platform',
    email: 'petra.platform@homebody.example',
    title: 'Data Platform Manager',
    orgUnit: 'data-platform',
  },
  // Analysts and front-line experts, who use the catalogue more than they govern it.
  {
    name: 'Lucy Metrics',
    email: 'lucy.metrics@homebody.example',
    title: 'Customer Insight Analyst',
    orgUnit: 'web-shop',
  },
  {
    name: 'Omar Forecast',
    email: 'omar.forecast@homebody.example',
    title: 'Financial Analyst',
    orgUnit: 'controlling',
  },
  { name: 'Greta Gauge', email: 'greta.gauge@homebody.example', title: 'Quality Engineer', orgUnit: 'quality' },
  {
    name: 'Samir Route',
    email: 'samir.route@homebody.example',
    title: 'Service Dispatch Lead',
    orgUnit: 'service-dispatch',
  },
] as const satisfies readonly DemoPerson[];

export type PersonName = (typeof homebodyPeople)[number]['name'];

/** The person the seed checks for to tell whether the demo is already loaded. */
export const DEMO_MARKER_EMAIL = 'sarah.updown@homebody.example';
