import { controlEvaluations, policyControls } from '@steward/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { approvedPolicyScopes, classifiedColumnsOf, personalDataCoverage } from '../policies/controls.js';
import { type Evaluator, evidence, outcome } from './criteria-context.js';

/** Exit criteria of the security and privacy track that read policies and their controls (step 12). */
export const policyEvaluators: Record<string, Evaluator> = {
  'EC12.1': async (context) => {
    const columns = await personalDataCoverage(context.tx);
    if (columns.length === 0)
      return outcome('fail', 'No personal-data column is classified yet.', [
        evidence('Classify personal data in the catalogue', false, '/catalog/suggestions'),
      ]);
    const uncovered = columns.filter((column) => column.policies.length === 0);
    const items = [
      ...uncovered.slice(0, 20).map((column) => evidence(`${column.label}: no approved policy`, false, '/policies')),
      ...columns
        .filter((column) => column.policies.length > 0)
        .slice(0, 10)
        .map((column) => evidence(`${column.label}: ${column.policies.join(', ')}`, true, '/policies')),
    ];
    return uncovered.length === 0
      ? outcome('pass', `An approved policy covers each of the ${columns.length} personal-data columns.`, items, {
          value: columns.length,
        })
      : outcome(
          'fail',
          `${uncovered.length} of ${columns.length} personal-data columns have no approved policy.`,
          items,
          {
            value: columns.length - uncovered.length,
          },
        );
  },
  'EC12.2': async (context) => {
    const policies = await approvedPolicyScopes(context.tx);
    const allColumns = await personalDataCoverage(context.tx);
    const sensitive = new Map(
      allColumns.map((column) => [column.assetId, column.label.split('.').slice(0, 2).join('.')]),
    );
    if (sensitive.size === 0)
      return outcome('fail', 'No sensitive asset is known yet.', [
        evidence('Classify personal data in the catalogue', false, '/catalog/suggestions'),
      ]);
    // An asset is reviewed when a policy covering it has an access review whose latest evaluation passes.
    const reviewed = new Set<string>();
    for (const policy of policies) {
      const reviews = await context.tx
        .select({ id: policyControls.id })
        .from(policyControls)
        .where(
          and(
            eq(policyControls.policyId, policy.policyId),
            eq(policyControls.kind, 'access_review'),
            eq(policyControls.active, true),
          ),
        );
      if (reviews.length === 0) continue;
      const latest = await context.tx
        .select({ controlId: controlEvaluations.controlId, state: controlEvaluations.state })
        .from(controlEvaluations)
        .where(
          inArray(
            controlEvaluations.controlId,
            reviews.map((review) => review.id),
          ),
        )
        .orderBy(desc(controlEvaluations.evaluatedAt));
      const passing = reviews.some((review) => latest.find((row) => row.controlId === review.id)?.state === 'pass');
      if (!passing) continue;
      for (const column of await classifiedColumnsOf(context.tx, policy.scope)) reviewed.add(column.assetId);
    }
    const items = [...sensitive].map(([assetId, label]) =>
      evidence(
        reviewed.has(assetId) ? `${label}: access reviewed` : `${label}: no passing access review`,
        reviewed.has(assetId),
        `/catalog/assets/${assetId}`,
      ),
    );
    const missing = items.filter((item) => !item.ok).length;
    return missing === 0
      ? outcome('pass', `Access to all ${sensitive.size} sensitive assets was reviewed in its period.`, items)
      : outcome('fail', `${missing} of ${sensitive.size} sensitive assets have no passing access review.`, items);
  },
};
