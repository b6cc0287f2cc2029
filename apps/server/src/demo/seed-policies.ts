import {
  assignRole,
  attestControl,
  type Clock,
  createControl,
  createPolicy,
  evaluateControl,
  grantPolicyException,
  placeLegalHold,
  type SecretBox,
  transitionPolicyVersion,
} from '@steward/core';
import { type Database, dataAssets, domains, governancePolicies, people } from '@steward/db';
import { type Actor, systemActor } from '@steward/domain';
import { and, eq, inArray } from 'drizzle-orm';

const DAY = 86_400_000;
const at = (time: number): Clock => ({ now: () => new Date(time) });

/**
 * Homebody's two approved policies (demo-company.md): customer-data privacy under GDPR — its
 * access review passes, its requirement that every personal-data column has a steward on its table
 * fails on the catalogue as it is — and the retention of service records, which passes.
 */
export async function seedDemoPolicies(db: Database, secrets: SecretBox): Promise<boolean> {
  const [existing] = await db.select({ id: governancePolicies.id }).from(governancePolicies).limit(1);
  if (existing) return false;
  const names = ['Sarah Updown', 'Priya Shield', 'Steve Panic', 'Dimitri Backup', 'Yoshi Goto'];
  const rows = await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.name, names));
  const id = (name: string) => rows.find((row) => row.name === name)?.id;
  if (names.some((name) => !id(name))) return false;
  const actor = (name: string, role: Actor['role']): Actor => ({
    kind: 'account',
    accountId: null,
    personId: id(name)!,
    role,
    label: name,
    requestId: null,
    sessionId: null,
  });
  const lead = actor('Sarah Updown', 'steward');
  const [customer] = await db.select({ id: domains.id }).from(domains).where(eq(domains.name, 'Customer'));
  const [visits] = await db
    .select({ id: dataAssets.id })
    .from(dataAssets)
    .where(and(eq(dataAssets.schemaName, 'service'), eq(dataAssets.name, 'service_visit')));
  if (!customer || !visits) return false;
  const now = Date.now();

  const approve = async (versionId: string, version: number, approver: Actor, daysAgo: number) => {
    const submitted = await transitionPolicyVersion(
      db,
      lead,
      { id: versionId, version, action: 'submit' },
      { clock: at(now - (daysAgo + 2) * DAY) },
    );
    await transitionPolicyVersion(
      db,
      approver,
      { id: submitted.id, version: submitted.version, action: 'approve', comment: 'Approved.' },
      { clock: at(now - daysAgo * DAY) },
    );
  };

  const privacy = await createPolicy(
    db,
    lead,
    {
      title: 'Customer data privacy',
      kind: 'security_and_privacy',
      ownerPersonId: id('Priya Shield')!,
      approverPersonId: id('Steve Panic')!,
      content: {
        statement:
          '## Customer personal data\n\nEvery column holding personal data of customers has a **named steward** on its table, is **masked outside production**, and access to it is **reviewed every quarter** by the privacy officer.\n\nExceptions are granted by the data owner of the Customer domain, for at most three months.',
        driver: 'GDPR (EU 2016/679), articles 5 and 32',
        scope: { domainIds: [customer.id], classifications: [], assetIds: [] },
      },
    },
    { clock: at(now - 40 * DAY) },
  );
  await approve(privacy.version.id, privacy.version.version, actor('Steve Panic', 'steward'), 35);
  const stewarded = await createControl(
    db,
    lead,
    {
      policyId: privacy.policy.id,
      name: 'Personal data has a steward on its table',
      description:
        'Each table with personal data of customers has a business or technical steward, or a custodian, of its own.',
      ownerPersonId: id('Priya Shield')!,
      frequency: 'weekly',
      params: { kind: 'classification_requirement', requireSteward: true, requireMaskingNote: false },
    },
    { clock: at(now - 34 * DAY) },
  );
  const review = await createControl(
    db,
    lead,
    {
      policyId: privacy.policy.id,
      name: 'Quarterly access review of customer personal data',
      ownerPersonId: id('Priya Shield')!,
      frequency: 'quarterly',
      params: { kind: 'access_review' },
    },
    { clock: at(now - 34 * DAY) },
  );
  await attestControl(
    db,
    actor('Priya Shield', 'viewer'),
    {
      controlId: review.id,
      outcome: 'pass',
      statement: 'Reviewed the 14 accounts with access to crm, webshop and service customer data; removed 2 leavers.',
    },
    { clock: at(now - 12 * DAY) },
  );

  const retention = await createPolicy(
    db,
    lead,
    {
      title: 'Service records retention',
      kind: 'information_lifecycle',
      ownerPersonId: id('Dimitri Backup')!,
      approverPersonId: id('Yoshi Goto')!,
      content: {
        statement:
          'Service visits are kept **two years** after the visit for warranty claims, then deleted from the service system.',
        driver: 'Warranty terms; GDPR storage limitation (article 5(1)(e))',
        scope: { domainIds: [customer.id], classifications: [], assetIds: [visits.id] },
      },
    },
    { clock: at(now - 30 * DAY) },
  );
  await approve(retention.version.id, retention.version.version, actor('Yoshi Goto', 'executive'), 28);
  const kept = await createControl(
    db,
    lead,
    {
      policyId: retention.policy.id,
      name: 'Service visits deleted after two years',
      ownerPersonId: id('Dimitri Backup')!,
      frequency: 'monthly',
      params: {
        kind: 'retention',
        keepDays: 730,
        action: 'delete',
        timestampColumn: 'visit_date',
        assetIds: [visits.id],
      },
    },
    { clock: at(now - 27 * DAY) },
  );

  // The web shop's customer table already has its own steward; the rest is the open work.
  const [webCustomer] = await db
    .select({ id: dataAssets.id })
    .from(dataAssets)
    .where(and(eq(dataAssets.schemaName, 'webshop'), eq(dataAssets.name, 'web_customer')));
  const carmen = (await db.select({ id: people.id }).from(people).where(eq(people.name, 'Carmen Loyola')))[0];
  if (webCustomer && carmen)
    await assignRole(db, systemActor('demo-seed'), {
      personId: carmen.id,
      role: 'business_steward',
      scope: { type: 'asset', id: webCustomer.id },
      note: 'Looks after the web shop’s customer table.',
    });
  // Until the service-system migration names stewards, the Customer data owner answered for those
  // tables: an exception that ran out three days ago.
  await grantPolicyException(
    db,
    actor('Steve Panic', 'steward'),
    {
      controlId: stewarded.id,
      reason:
        'Stewards for the service tables are named after the service-system migration; until then the Customer data owner answers for them.',
      expiresOn: new Date(now - 3 * DAY).toISOString().slice(0, 10),
    },
    { clock: at(now - 26 * DAY) },
  );
  // Legal asked to keep the service history of one appliance line while a warranty dispute runs.
  await placeLegalHold(
    db,
    lead,
    {
      assetId: visits.id,
      matter: 'Warranty dispute W-2026-114 (dishwasher DW-500)',
      reason: 'Keep every service visit to DW-500 installations until the dispute is settled.',
    },
    { clock: at(now - 9 * DAY) },
  );
  // Evaluated every week since the controls were written, so the compliance trend has a history:
  // the access review was attested within its first quarter, the exception held the steward requirement.
  const system = systemActor('demo-seed');
  for (const daysAgo of [27, 20, 13, 6, 0])
    for (const control of [stewarded, review, kept])
      await evaluateControl(db, system, control.id, secrets, { now: new Date(now - daysAgo * DAY) });
  return true;
}
