import { controlEvaluations, policyControls, policyExceptions, tickets } from '@steward/db';
import { activeTicketStatuses } from '@steward/domain';
import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import { approvedPolicyScopes, classifiedColumnsOf, personalDataCoverage } from '../policies/coverage.js';
import { isPastSchedule, retentionClassOf, retentionSchedules, standingHolds } from '../policies/lifecycle.js';
import { type Evaluator, evidence, outcome, scopeAssets } from './criteria-context.js';

/** Exit criteria of the security and privacy track (step 12) and of information lifecycle governance (step 13). */
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

  'EC12.3': async (context) => {
    // An open policy_exception issue is in order when it has an owner and the policy's approver
    // granted its control an exception that has not expired (the exception register).
    const today = context.now.toISOString().slice(0, 10);
    const open = await context.tx
      .select({
        key: tickets.key,
        assigneeId: tickets.assigneeId,
        controlId: policyControls.id,
        controlName: policyControls.name,
      })
      .from(tickets)
      .leftJoin(policyControls, eq(policyControls.ticketId, tickets.id))
      .where(and(eq(tickets.kind, 'policy_exception'), inArray(tickets.status, [...activeTicketStatuses])));
    const controlIds = open.flatMap((row) => (row.controlId ? [row.controlId] : []));
    const exceptions = controlIds.length
      ? await context.tx
          .select({ controlId: policyExceptions.controlId, expiresOn: policyExceptions.expiresOn })
          .from(policyExceptions)
          .where(and(inArray(policyExceptions.controlId, controlIds), gte(policyExceptions.expiresOn, today)))
      : [];
    const items = open.map((row) => {
      const until = exceptions
        .filter((exception) => exception.controlId === row.controlId)
        .map((exception) => exception.expiresOn)
        .sort()
        .at(-1);
      const problem = !row.assigneeId
        ? 'no owner'
        : !until
          ? 'no exception in force: fix the control or have one granted'
          : null;
      return evidence(
        problem
          ? `${row.key}${row.controlName ? ` (${row.controlName})` : ''}: ${problem}`
          : `${row.key}: exception until ${until}`,
        problem === null,
        `/issues/${row.key}`,
      );
    });
    const bad = items.filter((item) => !item.ok).length;
    if (open.length === 0) return outcome('pass', 'No policy-exception issue is open.', [], { value: 0, threshold: 0 });
    return bad
      ? outcome(
          'fail',
          `${bad} of ${open.length} open policy-exception issues have no owner or no exception in force.`,
          items,
          {
            value: bad,
            threshold: 0,
          },
        )
      : outcome(
          'pass',
          `Each of the ${open.length} open policy-exception issues has an owner and an exception in force.`,
          items,
          {
            value: 0,
            threshold: 0,
          },
        );
  },
  'EC13.1': async (context) => {
    // Retention is kept of tables; views hold no rows of their own.
    const assets = (await scopeAssets(context)).filter((asset) => asset.kind !== 'view');
    if (assets.length === 0)
      return outcome('fail', 'The program names no source or domain with tables in scope yet.', [
        evidence("Name the domains or sources in the program's scope", false, null),
      ]);
    const schedules = await retentionSchedules(context.tx, context.now);
    const classOf = new Map<string, string[]>();
    for (const schedule of schedules)
      for (const assetId of schedule.assetIds)
        classOf.set(assetId, [...(classOf.get(assetId) ?? []), retentionClassOf(schedule)]);
    const label = (asset: { schemaName: string; name: string }) => `${asset.schemaName}.${asset.name}`;
    const missing = assets.filter((asset) => !classOf.has(asset.id));
    const items = [
      ...missing
        .slice(0, 20)
        .map((asset) => evidence(`${label(asset)}: no retention class`, false, `/catalog/assets/${asset.id}`)),
      ...assets
        .filter((asset) => classOf.has(asset.id))
        .slice(0, 10)
        .map((asset) =>
          evidence(`${label(asset)}: ${classOf.get(asset.id)!.join('; ')}`, true, `/catalog/assets/${asset.id}`),
        ),
    ];
    const covered = assets.length - missing.length;
    return missing.length === 0
      ? outcome('pass', `Each of the ${assets.length} tables in scope has a retention class.`, items, {
          value: covered,
        })
      : outcome(
          'fail',
          `${missing.length} of ${assets.length} tables in scope have no retention class (an approved policy's retention control).`,
          missing.length > 20 ? [...items, evidence(`… and ${missing.length - 20} more`, false, '/policies')] : items,
          { value: covered },
        );
  },
  'EC13.2': async (context) => {
    const held = await standingHolds(context.tx);
    if (held.size === 0) return outcome('pass', 'No table is under legal hold.', [], { value: 0, threshold: 0 });
    const schedules = (await retentionSchedules(context.tx, context.now)).filter(
      (schedule) => schedule.action === 'delete',
    );
    const items = [];
    let scheduled = 0;
    for (const [assetId, matters] of held) {
      const disposing = schedules.filter(
        (schedule) => schedule.assetIds.includes(assetId) && isPastSchedule(schedule, assetId),
      );
      scheduled += disposing.length ? 1 : 0;
      items.push(
        disposing.length
          ? evidence(
              `Held for ${matters.join(', ')}, yet ${disposing.map((schedule) => `${schedule.controlName} (${schedule.policyKey})`).join(', ')} lists it for deletion: evaluate the control again`,
              false,
              `/policies/${disposing[0]!.policyId}`,
            )
          : evidence(`Held for ${matters.join(', ')}: no deletion pending`, true, `/catalog/assets/${assetId}`),
      );
    }
    return scheduled === 0
      ? outcome('pass', `None of the ${held.size} tables under legal hold is scheduled for deletion.`, items, {
          value: 0,
          threshold: 0,
        })
      : outcome('fail', `${scheduled} of ${held.size} tables under legal hold are still listed for deletion.`, items, {
          value: scheduled,
          threshold: 0,
        });
  },
  'EC13.3': async (context) => {
    const schedules = await retentionSchedules(context.tx, context.now);
    if (schedules.length === 0)
      return outcome('fail', 'No approved policy has a retention control yet.', [
        evidence('Write an information lifecycle policy with a retention control', false, '/policies'),
      ]);
    const items = [];
    for (const schedule of schedules) {
      for (const assetId of schedule.assetIds.filter((id) => isPastSchedule(schedule, id))) {
        const item = (schedule.evidence ?? []).find((entry) => entry.href === `/catalog/assets/${assetId}`)!;
        const table = item.label.split(':')[0];
        items.push(
          schedule.openTicketKey
            ? evidence(
                `${table}: disposal task ${schedule.openTicketKey} open`,
                true,
                `/issues/${schedule.openTicketKey}`,
              )
            : schedule.exceptionUntil
              ? evidence(`${table}: exception until ${schedule.exceptionUntil}`, true, `/policies/${schedule.policyId}`)
              : evidence(
                  `${table} (${schedule.controlName}, ${schedule.policyKey}): no disposal task or exception`,
                  false,
                  `/policies/${schedule.policyId}`,
                ),
        );
      }
    }
    const missing = items.filter((item) => !item.ok).length;
    if (items.length === 0)
      return outcome('pass', 'No table is past its retention schedule.', [], { value: 0, threshold: 0 });
    return missing === 0
      ? outcome(
          'pass',
          `Each of the ${items.length} tables past its schedule has a disposal task or an exception.`,
          items,
          { value: 0, threshold: 0 },
        )
      : outcome(
          'fail',
          `${missing} of ${items.length} tables past their schedule have no disposal task or exception.`,
          items,
          { value: missing, threshold: 0 },
        );
  },
};
