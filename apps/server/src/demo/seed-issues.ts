import {
  type Clock,
  commentOnTicket,
  createQualityRule,
  createTicket,
  runQualityRules,
  type SecretBox,
  type StoredTicket,
  sweepSlaBreaches,
  transitionTicket,
  updateDataAsset,
} from '@steward/core';
import {
  type Database,
  dataAssets,
  dataFields,
  domains,
  glossaryTerms,
  people,
  rootCauses,
  tickets,
} from '@steward/db';
import { type Actor, activeTicketStatuses, type CreateTicketInput, systemActor } from '@steward/domain';
import { and, eq, inArray } from 'drizzle-orm';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A demo person acting in their own name (a steward's rights, as in the story). */
async function actorFor(db: Database, name: string): Promise<Actor> {
  const [person] = await db.select({ id: people.id, email: people.email }).from(people).where(eq(people.name, name));
  if (!person) throw new Error(`The demo has no person named ${name}`);
  return {
    kind: 'account',
    accountId: null,
    personId: person.id,
    role: 'steward',
    label: person.email,
    requestId: null,
    sessionId: null,
  };
}

async function fieldId(db: Database, schema: string, table: string, column: string): Promise<string> {
  const [row] = await db
    .select({ id: dataFields.id })
    .from(dataFields)
    .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
    .where(and(eq(dataAssets.schemaName, schema), eq(dataAssets.name, table), eq(dataFields.name, column)));
  if (!row) throw new Error(`The demo catalogue has no column ${schema}.${table}.${column}`);
  return row.id;
}

const at = (time: number): Clock => ({ now: () => new Date(time) });

/**
 * Homebody's issue queue in motion: customer-data defects routed to the Customer steward, two
 * handed to the data owner, one past its SLA and escalated, a definition dispute, an access
 * request, one in the triage queue and one resolved and closed with its root cause.
 */
export async function seedDemoIssues(db: Database): Promise<number> {
  const now = Date.now();
  const emma = await actorFor(db, 'Emma Webb');
  const carmen = await actorFor(db, 'Carmen Loyola');
  const steve = await actorFor(db, 'Steve Panic');
  const lucy = await actorFor(db, 'Lucy Metrics');
  const barbara = await actorFor(db, 'Barbara Futura');
  const [integration] = await db.select().from(rootCauses).where(eq(rootCauses.code, 'integration'));
  const [customerTerm] = await db
    .select({ id: glossaryTerms.id })
    .from(glossaryTerms)
    .where(eq(glossaryTerms.name, 'Customer'));
  const domainId = async (name: string) =>
    (await db.select({ id: domains.id }).from(domains).where(eq(domains.name, name)))[0]?.id ?? null;
  let created = 0;
  const report = async (actor: Actor, input: CreateTicketInput, time: number): Promise<StoredTicket> => {
    created += 1;
    return createTicket(db, actor, input, { clock: at(time) });
  };

  // Found by the web team a week ago; triaged by the Customer steward, past its resolution date.
  const emails = await report(
    emma,
    {
      kind: 'data_quality',
      title: 'Web shop customers with an email address without an @',
      description:
        'About 2% of `webshop.web_customer.email` values have no `@` (typed phone numbers, names). Order confirmations bounce and the CRM match fails.',
      priority: 'P2',
      links: [{ type: 'field', id: await fieldId(db, 'webshop', 'web_customer', 'email') }],
    },
    now - 7 * DAY,
  );
  const triaged = await transitionTicket(
    db,
    carmen,
    { id: emails.id, version: emails.version, action: 'triage', comment: 'Confirmed on a sample of 200 rows.' },
    { clock: at(now - 6 * DAY) },
  );
  await transitionTicket(
    db,
    carmen,
    { id: emails.id, version: triaged.version, action: 'start' },
    { clock: at(now - 6 * DAY + HOUR) },
  );

  // The visit-address defect behind the 340 wasted visits a month: handed to the data owner.
  const visits = await report(
    carmen,
    {
      kind: 'data_quality',
      title: 'Technicians sent to a customer’s old address',
      description:
        'Service visits take `visit_address` from the service system, which keeps the address of the first registration. Customers who moved get the technician at their old home.',
      priority: 'P1',
      links: [{ type: 'field', id: await fieldId(db, 'service', 'service_visit', 'visit_address') }],
      assigneeId: steve.personId,
    },
    now - 2 * DAY,
  );
  await commentOnTicket(
    db,
    carmen,
    { id: visits.id, body: '@ravi.pipeline can the CRM address feed reach the service system nightly?' },
    { clock: at(now - 2 * DAY + 2 * HOUR) },
  );

  if (customerTerm) {
    await report(
      barbara,
      {
        kind: 'definition',
        title: '“Active customer” means two things in the CRM and the web shop',
        description:
          'Marketing counts anyone with a web log-in in the last year; Service counts anyone with an appliance under warranty. The loyalty report adds both.',
        priority: 'P3',
        links: [{ type: 'term', id: customerTerm.id }],
        assigneeId: steve.personId,
      },
      now - 3 * HOUR,
    );
  }

  await report(
    lucy,
    {
      kind: 'access',
      title: 'Marketing analysts need read access to consent flags',
      description: 'For the spring campaign the analysts must exclude customers who withdrew consent.',
      priority: 'P3',
      domainId: await domainId('Consumer'),
    },
    now - DAY,
  );

  await report(
    emma,
    {
      kind: 'other',
      title: 'Who answers for supplier master data?',
      description: 'Supplier records are edited by three teams and nobody signs them off.',
      priority: 'P4',
    },
    now - 4 * HOUR,
  );

  // Fixed last month: the duplicates from the 2024 CRM migration.
  const duplicates = await report(
    emma,
    {
      kind: 'data_quality',
      title: 'Duplicate customers after the 2024 CRM migration',
      priority: 'P2',
      links: [{ type: 'field', id: await fieldId(db, 'crm', 'customer', 'email') }],
      assigneeId: steve.personId,
    },
    now - 30 * DAY,
  );
  const working = await transitionTicket(
    db,
    steve,
    { id: duplicates.id, version: duplicates.version, action: 'start' },
    { clock: at(now - 29 * DAY) },
  );
  if (integration) {
    const resolved = await transitionTicket(
      db,
      steve,
      {
        id: duplicates.id,
        version: working.version,
        action: 'resolve',
        rootCauseId: integration.id,
        resolution: 'The migration loaded the 2019 archive twice; 1,214 duplicates merged and the load job fixed.',
      },
      { clock: at(now - 27 * DAY) },
    );
    await transitionTicket(
      db,
      emma,
      { id: duplicates.id, version: resolved.version, action: 'close' },
      { clock: at(now - 26 * DAY) },
    );
  }
  // The minute sweep, as it would have run: each breach is flagged a minute after its due date.
  const dues = await db
    .select({ triageDueAt: tickets.triageDueAt, resolveDueAt: tickets.resolveDueAt })
    .from(tickets)
    .where(inArray(tickets.status, [...activeTicketStatuses]));
  const instants = [...new Set(dues.flatMap((due) => [due.triageDueAt.getTime(), due.resolveDueAt.getTime()]))]
    .filter((time) => time + MINUTE < now)
    .sort((a, b) => a - b);
  for (const time of instants) await sweepSlaBreaches(db, at(time + MINUTE));
  return created;
}

async function assetId(db: Database, schema: string, table: string): Promise<string> {
  const [row] = await db
    .select({ id: dataAssets.id })
    .from(dataAssets)
    .where(and(eq(dataAssets.schemaName, schema), eq(dataAssets.name, table)));
  if (!row) throw new Error(`The demo catalogue has no table ${schema}.${table}`);
  return row.id;
}

/**
 * The quality rules the demo's stewards run every day (demo-company.md): customer email validity,
 * phone completeness and format, address completeness, product master freshness. They run once
 * at seed, so some fail with their own issue (email validity, phones, stale product master) and
 * the rest pass.
 */
export async function seedDemoQualityRules(db: Database, secrets: SecretBox): Promise<number> {
  const carmen = await actorFor(db, 'Carmen Loyola');
  const oliver = await actorFor(db, 'Oliver Specs');
  const customer = await assetId(db, 'crm', 'customer');
  const product = await assetId(db, 'erp', 'product');
  // The product master belongs to the Product domain, not to the source's Customer domain.
  const [productDomain] = await db.select({ id: domains.id }).from(domains).where(eq(domains.name, 'Product'));
  const [productRow] = await db
    .select({ version: dataAssets.version })
    .from(dataAssets)
    .where(eq(dataAssets.id, product));
  if (productDomain && productRow) {
    await updateDataAsset(db, systemActor('demo-seed'), {
      id: product,
      version: productRow.version,
      domainId: productDomain.id,
    });
  }
  const daily = 24 * 60;
  const rules = [
    await createQualityRule(db, carmen, {
      name: 'Customer email is valid',
      description: 'Warranty registration and order confirmations need a deliverable address.',
      assetId: customer,
      fieldId: await fieldId(db, 'crm', 'customer', 'email'),
      params: { kind: 'regex', pattern: '^[^@[:space:]]+@[^@[:space:]]+[.][a-z]{2,}$' },
      threshold: 0.99,
      severity: 'high',
      everyMinutes: daily,
    }),
    await createQualityRule(db, carmen, {
      name: 'Customer phone present',
      description: 'Technicians call before a visit.',
      assetId: customer,
      fieldId: await fieldId(db, 'crm', 'customer', 'phone'),
      params: { kind: 'not_null' },
      threshold: 0.95,
      severity: 'medium',
      everyMinutes: daily,
    }),
    await createQualityRule(db, carmen, {
      name: 'Customer phone in international format',
      assetId: customer,
      fieldId: await fieldId(db, 'crm', 'customer', 'phone'),
      params: { kind: 'regex', pattern: '^[+][0-9 ]{8,}$' },
      severity: 'low',
      everyMinutes: daily,
    }),
    await createQualityRule(db, carmen, {
      name: 'Customer address complete',
      assetId: customer,
      fieldId: await fieldId(db, 'crm', 'customer', 'postal_code'),
      params: { kind: 'not_null' },
      severity: 'medium',
      everyMinutes: daily,
    }),
    await createQualityRule(db, carmen, {
      name: 'Known loyalty tiers',
      assetId: customer,
      fieldId: await fieldId(db, 'crm', 'customer', 'loyalty_tier'),
      params: { kind: 'accepted_values', values: ['bronze', 'silver', 'gold'] },
      severity: 'low',
    }),
    await createQualityRule(db, oliver, {
      name: 'Product master refreshed this year',
      description: 'A new product must reach the master within the year it launches.',
      assetId: product,
      fieldId: await fieldId(db, 'erp', 'product', 'launched_on'),
      params: { kind: 'freshness', maxAgeMinutes: 365 * daily },
      severity: 'high',
      everyMinutes: daily,
    }),
  ];
  await runQualityRules(
    db,
    rules.map((rule) => rule.id),
    secrets,
  );
  return rules.length;
}
