import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './errors.js';
import './modules/audit/audit.js';
import './modules/auth/auth.js';
import './modules/glossary/glossary.batches.js';
import './modules/jobs/jobs.js';
import './modules/catalog/catalog.js';
import './modules/catalog/catalog.curation.js';
import './modules/catalog/catalog.ownership.js';
import './modules/glossary/glossary.mutations.js';
import './modules/glossary/glossary.queries.js';
import './modules/issues/issues.js';
import './modules/issues/webhooks.js';
import './modules/quality/quality.js';
import './modules/maturity/maturity.js';
import './modules/mdm/mdm.js';
import './modules/metrics/metrics.js';
import './modules/policies/policies.js';
import './modules/policies/evidence.js';
import './modules/policies/lifecycle.js';
import './modules/program/program.js';
import './modules/program/deliverables.js';
import './modules/stewardship/councils.js';
import './modules/stewardship/decisions.js';
import './modules/stewardship/domains.js';
import './modules/stewardship/org-units.js';
import './modules/stewardship/people.js';
import './modules/stewardship/role-assignments.js';

/** The executable schema. Modules register their types on import; this only assembles them. */
export function buildSchema() {
  return builder.toSchema();
}

/** The SDL committed at apps/server/schema.graphql, sorted so diffs stay readable. */
export function printStewardSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}
