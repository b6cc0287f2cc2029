import {
  dataAssets,
  dataFields,
  dataSources,
  fieldClassifications,
  governancePolicies,
  governancePolicyVersions,
  type Queryable,
  roleAssignments,
} from '@steward/db';
import type { ClassifiedColumn, PolicyContent } from '@steward/domain';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { domainSubtree } from '../metrics/compute.js';

/** What approved policies cover: personal-data columns, tables and terms by their scope. */

/** Personal-data columns in a policy's scope, with whether their table has its own steward and their masking note. */
export async function classifiedColumnsOf(
  db: Queryable,
  scope: PolicyContent['scope'],
  options: { all?: boolean } = {},
): Promise<ClassifiedColumn[]> {
  const domainIds = (await Promise.all(scope.domainIds.map((id) => domainSubtree(db, id)))).flat();
  if (!options.all && domainIds.length === 0 && scope.assetIds.length === 0) return [];
  const rows = await db
    .select({
      fieldId: dataFields.id,
      field: dataFields.name,
      assetId: dataAssets.id,
      schemaName: dataAssets.schemaName,
      asset: dataAssets.name,
      // A table without a domain of its own belongs to its source's.
      domainId: sql<string | null>`coalesce(${dataAssets.domainId}, ${dataSources.domainId})`,
      piiClass: fieldClassifications.piiClass,
      maskingNote: fieldClassifications.maskingNote,
    })
    .from(fieldClassifications)
    .innerJoin(dataFields, eq(dataFields.id, fieldClassifications.fieldId))
    .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
    .innerJoin(dataSources, eq(dataSources.id, dataAssets.sourceId))
    .where(
      and(ne(fieldClassifications.status, 'rejected'), isNull(dataFields.removedAt), isNull(dataAssets.removedAt)),
    );
  const inScope = rows.filter(
    (row) =>
      (options.all ||
        scope.assetIds.includes(row.assetId) ||
        (row.domainId !== null && domainIds.includes(row.domainId))) &&
      (scope.classifications.length === 0 || scope.classifications.includes(row.piiClass as never)),
  );
  if (inScope.length === 0) return [];
  const stewarded = new Set(
    (
      await db
        .select({ scopeId: roleAssignments.scopeId })
        .from(roleAssignments)
        .where(
          and(
            eq(roleAssignments.scopeType, 'asset'),
            inArray(roleAssignments.role, ['business_steward', 'technical_steward', 'custodian']),
            inArray(
              roleAssignments.scopeId,
              inScope.map((row) => row.assetId),
            ),
          ),
        )
    ).map((row) => row.scopeId),
  );
  return inScope
    .map((row) => ({
      fieldId: row.fieldId,
      assetId: row.assetId,
      label: `${row.schemaName}.${row.asset}.${row.field}`,
      hasSteward: stewarded.has(row.assetId),
      maskingNote: row.maskingNote,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Approved policies with their scope (their approved version's). */
export async function approvedPolicyScopes(db: Queryable) {
  const rows = await db
    .select({
      policyId: governancePolicyVersions.policyId,
      key: governancePolicies.key,
      title: governancePolicies.title,
      kind: governancePolicies.kind,
      content: governancePolicyVersions.content,
    })
    .from(governancePolicyVersions)
    .innerJoin(governancePolicies, eq(governancePolicies.id, governancePolicyVersions.policyId))
    .where(eq(governancePolicyVersions.status, 'approved'));
  return rows.map((row) => ({ ...row, scope: (row.content as PolicyContent).scope }));
}

/**
 * Every personal-data column (classified, not rejected), with the approved security-and-privacy or
 * access policies whose scope covers it (EC12.1).
 */
export async function personalDataCoverage(db: Queryable) {
  // Protection is what security-and-privacy and access policies give; a retention schedule is not it.
  const policies = (await approvedPolicyScopes(db)).filter(
    (policy) => policy.kind === 'security_and_privacy' || policy.kind === 'access',
  );
  const everything = await classifiedColumnsOf(db, { domainIds: [], classifications: [], assetIds: [] }, { all: true });
  const covered = new Map<string, string[]>();
  for (const policy of policies) {
    for (const column of await classifiedColumnsOf(db, policy.scope)) {
      covered.set(column.fieldId, [...(covered.get(column.fieldId) ?? []), policy.key]);
    }
  }
  return everything.map((column) => ({ ...column, policies: covered.get(column.fieldId) ?? [] }));
}

/**
 * The approved policies that cover a record: a table (named in the scope, or in a domain in scope —
 * its own or its source's) or a glossary term (its domain in scope).
 */
export async function policiesCovering(
  db: Queryable,
  target: { assetId: string } | { domainId: string | null },
): Promise<{ policyId: string; key: string; title: string }[]> {
  const policies = await approvedPolicyScopes(db);
  let assetId: string | null = null;
  let domainId: string | null;
  if ('assetId' in target) {
    assetId = target.assetId;
    const [asset] = await db
      .select({ domainId: sql<string | null>`coalesce(${dataAssets.domainId}, ${dataSources.domainId})` })
      .from(dataAssets)
      .innerJoin(dataSources, eq(dataSources.id, dataAssets.sourceId))
      .where(eq(dataAssets.id, target.assetId));
    domainId = asset?.domainId ?? null;
  } else domainId = target.domainId;
  const covering = [];
  for (const policy of policies) {
    const domains = (await Promise.all(policy.scope.domainIds.map((id) => domainSubtree(db, id)))).flat();
    if ((assetId && policy.scope.assetIds.includes(assetId)) || (domainId && domains.includes(domainId)))
      covering.push({ policyId: policy.policyId, key: policy.key, title: policy.title });
  }
  return covering;
}
