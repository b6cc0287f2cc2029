import {
  assetProfiles,
  councilMembers,
  councils,
  dataAssets,
  dataFields,
  fieldClassifications,
  glossaryTerms,
  lineageEdges,
  mdmDomains,
  mdmPolicyVersions,
  mdmReviewTasks,
  mdmSimulations,
  people,
  programReviews,
  qualityRules,
  roleAssignments,
  termLinks,
  termProposals,
  tickets,
} from '@steward/db';
import {
  activeTicketStatuses,
  CHARTER_DELIVERABLE,
  isAccountableOwner,
  type MdmAttribute,
  type MdmSource,
  meetingsOf,
} from '@steward/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { decisionsOf } from '../stewardship/decisions.js';
import { resolveResponsibilitiesOfDomains } from '../stewardship/role-assignments.js';
import {
  type CriterionContext,
  DAY,
  type Evaluator,
  evidence,
  itSideOf,
  notYet,
  outcome,
  scopeAssets,
  scopeDomains,
  scopeSources,
} from './criteria-context.js';
import { maturityEvaluators } from './criteria-maturity.js';
import { policyEvaluators } from './criteria-policies.js';
import { documentsOfProgram, sponsorsOf, versionsOfDocuments } from './documents.js';
import { changedSinceApproval, roadmapOf } from './roadmap.js';

/** Names of people by id (unknown and null ids left out). */
async function namesOfPeople(context: CriterionContext, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const known = [...new Set(ids.filter((id): id is string => id !== null))];
  if (known.length === 0) return new Map();
  const rows = await context.tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, known));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Program-wide role holders (scope program, this program or all programs), active people only. */
async function programRoleHolders(context: CriterionContext, role: string) {
  return context.tx
    .select({ personId: roleAssignments.personId, name: people.name })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(
      and(
        eq(roleAssignments.role, role),
        eq(roleAssignments.scopeType, 'program'),
        sql`(${roleAssignments.scopeId} is null or ${roleAssignments.scopeId} = ${context.program.id})`,
        eq(people.active, true),
      ),
    );
}

/** CDE terms of the in-scope domains (all CDEs when the program names no domain). */
async function scopeCdeTerms(context: CriterionContext) {
  const domainIds = context.program.scope.domainIds;
  const rows = await context.tx
    .select({
      id: glossaryTerms.id,
      name: glossaryTerms.name,
      status: glossaryTerms.status,
      ownerId: glossaryTerms.ownerId,
      stewardId: glossaryTerms.stewardId,
      classification: glossaryTerms.classification,
      definition: glossaryTerms.definition,
      domainId: glossaryTerms.domainId,
    })
    .from(glossaryTerms)
    .where(eq(glossaryTerms.criticalDataElement, true));
  return domainIds.length === 0 ? rows : rows.filter((row) => row.domainId && domainIds.includes(row.domainId));
}

const noScope = (what: string) =>
  outcome('fail', `The program names no ${what} in scope yet.`, [
    evidence(`Name the ${what} in the program's scope`, false, null),
  ]);

export const criterionEvaluators: Record<string, Evaluator> = {
  ...maturityEvaluators,
  ...policyEvaluators,
  // Step 1: define the business problem.
  'EC1.1': async (context) => {
    const problem = context.program.businessProblem?.trim();
    const scoped = await scopeDomains(context);
    const items = [
      evidence(problem ? 'Problem statement written' : 'No problem statement yet', Boolean(problem), null),
      ...(scoped.length
        ? scoped.map((domain) => evidence(`${domain.name} is in scope`, true, `/domains/${domain.id}`))
        : [evidence('No domain in scope yet', false, null)]),
    ];
    return problem && scoped.length
      ? outcome('pass', `A problem statement and ${scoped.length} domain(s) in scope.`, items)
      : outcome('fail', 'Needs a problem statement and at least one domain in scope.', items);
  },
  'EC1.2': async (context) => {
    const figures = context.program.impactFigures.filter((figure) => figure.unit && figure.asOf);
    return figures.length
      ? outcome(
          'pass',
          `${figures.length} impact figure(s) with a unit, a baseline and an as-of date.`,
          figures.map((figure) =>
            evidence(`${figure.label}: ${figure.baseline} ${figure.unit} (as of ${figure.asOf})`, true),
          ),
          { value: figures.length, threshold: 1 },
        )
      : outcome('fail', 'No impact figure yet (a unit, a baseline value and an as-of date).', [
          evidence('Add an impact figure to the program', false, null),
        ]);
  },
  'EC1.3': async (context) => {
    const linked = context.program.processes;
    return linked.length
      ? outcome(
          'pass',
          `${linked.length} business process(es) or regulation(s) linked.`,
          linked.map((item) =>
            evidence(`${item.kind === 'regulation' ? 'Regulation' : 'Process'}: ${item.name}`, true),
          ),
        )
      : outcome('fail', 'No business process or regulation linked to the program yet.', [
          evidence('Name the affected process or regulation', false, null),
        ]);
  },
  'EC1.4': async (context) => {
    const reviews = await context.tx
      .select({ personId: programReviews.personId, name: people.name })
      .from(programReviews)
      .innerJoin(people, eq(people.id, programReviews.personId))
      .where(eq(programReviews.programId, context.program.id));
    if (context.program.scope.itOrgUnitIds.length === 0)
      return outcome(
        'fail',
        'Say which org units are IT in the program scope, so business and IT reviewers can be told apart.',
        [evidence('No IT org unit named in the scope', false, null)],
      );
    const sides = await itSideOf(
      context,
      reviews.map((review) => review.personId),
    );
    const business = reviews.filter((review) => sides.get(review.personId) === 'business');
    const it = reviews.filter((review) => sides.get(review.personId) === 'it');
    const items = [
      ...reviews.map((review) =>
        evidence(
          `Reviewed by ${review.name} (${sides.get(review.personId) === 'it' ? 'IT' : 'business'})`,
          true,
          `/people/${review.personId}`,
        ),
      ),
      ...(business.length ? [] : [evidence('No review from the business yet', false)]),
      ...(it.length ? [] : [evidence('No review from IT yet', false)]),
    ];
    return business.length && it.length
      ? outcome('pass', 'Reviewed by the business and by IT.', items)
      : outcome('fail', 'Needs a review from someone in the business and someone in IT.', items);
  },

  // Step 2: obtain executive sponsorship.
  'EC2.1': async (context) => {
    const sponsors = await programRoleHolders(context, 'executive_sponsor');
    return sponsors.length
      ? outcome(
          'pass',
          `${sponsors.length} executive sponsor(s).`,
          sponsors.map((sponsor) =>
            evidence(`${sponsor.name} is executive sponsor`, true, `/people/${sponsor.personId}`),
          ),
        )
      : outcome('fail', 'No executive sponsor holds a program-wide role yet.', [
          evidence('Assign an executive sponsor', false, '/responsibility'),
        ]);
  },
  'EC2.2': async (context) => {
    const minimum = context.threshold('EC2.2', 3);
    const groups = await context.tx
      .select({ id: councils.id, name: councils.name })
      .from(councils)
      .where(eq(councils.kind, 'stewardship_council'));
    if (groups.length === 0)
      return outcome(
        'fail',
        'No working group (stewardship council) yet.',
        [evidence('Create a working group', false, '/councils')],
        {
          threshold: minimum,
        },
      );
    const members = await context.tx
      .select({ councilId: councilMembers.councilId, personId: councilMembers.personId })
      .from(councilMembers)
      .where(
        inArray(
          councilMembers.councilId,
          groups.map((group) => group.id),
        ),
      );
    const sides = await itSideOf(context, [...new Set(members.map((member) => member.personId))]);
    const unitsOf = await context.tx
      .select({ id: people.id, orgUnitId: people.orgUnitId })
      .from(people)
      .where(
        inArray(people.id, [
          ...new Set(members.map((member) => member.personId)),
          '00000000-0000-0000-0000-000000000000',
        ]),
      );
    const unitOf = new Map(unitsOf.map((row) => [row.id, row.orgUnitId]));
    const judged = groups.map((group) => {
      const own = members.filter((member) => member.councilId === group.id);
      const unitCount = new Set(own.map((member) => unitOf.get(member.personId)).filter(Boolean)).size;
      const hasBusiness = own.some((member) => sides.get(member.personId) === 'business');
      const hasIt = own.some((member) => sides.get(member.personId) === 'it');
      const ok = own.length >= minimum && unitCount >= 2 && hasBusiness && hasIt;
      return { group, own, unitCount, ok, hasBusiness, hasIt };
    });
    const best = judged.find((item) => item.ok) ?? judged.sort((a, b) => b.own.length - a.own.length)[0]!;
    const label = `${best.group.name}: ${best.own.length} members from ${best.unitCount} org units${best.hasBusiness ? '' : ', none from the business'}${best.hasIt ? '' : ', none from IT'}`;
    return best.ok
      ? outcome(
          'pass',
          `${best.group.name} has ${best.own.length} members from business and IT.`,
          [evidence(label, true, '/councils')],
          {
            value: best.own.length,
            threshold: minimum,
          },
        )
      : outcome(
          'fail',
          `A working group needs at least ${minimum} members from 2 or more org units, business and IT.`,
          [evidence(label, false, '/councils')],
          {
            value: best.own.length,
            threshold: minimum,
          },
        );
  },
  'EC2.3': async (context) => {
    const officers = await programRoleHolders(context, 'chief_data_officer');
    const lead = context.program.leadPersonId;
    const leads = new Set([...officers.map((officer) => officer.personId), ...(lead ? [lead] : [])]);
    if (leads.size === 1) {
      const [only] = leads;
      const name = officers.find((officer) => officer.personId === only)?.name ?? 'The program lead';
      return outcome('pass', `${name} leads the program.`, [
        evidence(`${name} leads the program`, true, `/people/${only}`),
      ]);
    }
    return leads.size === 0
      ? outcome('fail', 'No governance lead: name the program lead or assign a chief data officer.', [
          evidence('Name the lead', false, null),
        ])
      : outcome(
          'fail',
          `${leads.size} people are named to lead; there must be exactly one.`,
          officers.map((officer) =>
            evidence(`${officer.name} holds chief data officer`, false, `/people/${officer.personId}`),
          ),
        );
  },
  'EC2.4': async (context) => {
    const { reportingCadence, nextSponsorReviewOn } = context.program;
    const items = [
      evidence(
        reportingCadence ? `Reports to the sponsors ${reportingCadence}` : 'No reporting cadence yet',
        Boolean(reportingCadence),
      ),
      evidence(
        nextSponsorReviewOn ? `Next sponsor review on ${nextSponsorReviewOn}` : 'No sponsor review scheduled',
        Boolean(nextSponsorReviewOn),
      ),
    ];
    return reportingCadence && nextSponsorReviewOn
      ? outcome('pass', 'A reporting cadence and the next sponsor review are set.', items)
      : outcome('fail', 'Needs a reporting cadence and a scheduled sponsor review.', items);
  },

  // Step 3: maturity assessment (issue 8).

  // Step 4: roadmap.
  'EC4.2': async (context) => {
    const items = await roadmapOf(context.tx, context.program.id);
    const href = `/program/${context.program.id}#roadmap`;
    if (items.length === 0)
      return outcome('fail', 'The roadmap has no item yet.', [evidence('Add the roadmap’s initiatives', false, href)]);
    const evidenceItems = items.map((item) => {
      const gaps = [
        item.ownerPersonId ? null : 'no owner',
        item.startsOn ? null : 'no start',
        item.endsOn ? null : 'no end',
      ].filter(Boolean);
      return evidence(
        gaps.length ? `${item.title}: ${gaps.join(', ')}` : `${item.title}: owner and dates set`,
        gaps.length === 0,
        href,
      );
    });
    const missing = evidenceItems.filter((item) => !item.ok).length;
    return missing === 0
      ? outcome('pass', `All ${items.length} roadmap items have an owner, a start and an end.`, evidenceItems)
      : outcome('fail', `${missing} of ${items.length} roadmap items lack an owner or dates.`, evidenceItems);
  },
  'EC4.3': async (context) => {
    const days = context.threshold('EC4.3', 90);
    const items = (await roadmapOf(context.tx, context.program.id)).filter((item) => item.status !== 'cancelled');
    const href = `/program/${context.program.id}#roadmap`;
    // Quick wins count from the roadmap's approval; before it, from the program's start.
    const from =
      context.program.roadmapApprovedAt?.toISOString().slice(0, 10) ??
      context.program.startDate ??
      context.program.createdAt.toISOString().slice(0, 10);
    const since = context.program.roadmapApprovedAt ? 'its approval' : "the program's start";
    const limit = new Date(new Date(`${from}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
    const quick = items.filter((item) => item.endsOn && item.endsOn <= limit);
    return quick.length
      ? outcome(
          'pass',
          `${quick.length} quick win(s) end within ${days} days of ${since}.`,
          quick.map((item) => evidence(`${item.title} ends ${item.endsOn}`, true, href)),
          { value: quick.length, threshold: days },
        )
      : outcome(
          'fail',
          `No roadmap item ends within ${days} days of ${since} (${from}).`,
          [evidence('Plan a quick win', false, href)],
          { threshold: days },
        );
  },
  'EC4.4': async (context) => {
    const chosen = context.program.tracks;
    const href = `/program/${context.program.id}#roadmap`;
    const items = [
      chosen.length
        ? evidence(`Tracks chosen: ${chosen.join(', ')}`, true, `/program/${context.program.id}/settings`)
        : evidence('Choose at least one track (10–13)', false, `/program/${context.program.id}/settings`),
    ];
    const { roadmapApprovedAt, roadmapApprovedBy } = context.program;
    const sponsors = await sponsorsOf(context.tx, context.program.id);
    const approver = roadmapApprovedBy
      ? (await context.tx.select({ name: people.name }).from(people).where(eq(people.id, roadmapApprovedBy)))[0]
      : undefined;
    const approvedBySponsor = Boolean(roadmapApprovedAt && roadmapApprovedBy && sponsors.includes(roadmapApprovedBy));
    if (!roadmapApprovedAt) items.push(evidence('Have an executive sponsor approve the roadmap', false, href));
    else if (!approvedBySponsor)
      items.push(
        evidence(`Approved by ${approver?.name ?? 'someone'}, who no longer holds executive_sponsor`, false, href),
      );
    else {
      const changed = changedSinceApproval(context.program, await roadmapOf(context.tx, context.program.id));
      items.push(
        evidence(
          `Approved by ${approver?.name ?? 'a sponsor'} on ${roadmapApprovedAt.toISOString().slice(0, 10)}` +
            (changed.length ? ` (${changed.length} item(s) changed since)` : ''),
          true,
          href,
        ),
      );
    }
    return chosen.length && approvedBySponsor
      ? outcome('pass', `Track(s) ${chosen.join(', ')} chosen and the roadmap approved by a sponsor.`, items)
      : outcome('fail', 'Needs an optional track and the roadmap approved by an executive sponsor.', items);
  },

  // Step 5: organisational blueprint.
  'EC5.1': async (context) => {
    const documents = (await documentsOfProgram(context.tx, context.program.id, 5)).filter(
      (document) => document.deliverableKey === CHARTER_DELIVERABLE,
    );
    const write = `/program/${context.program.id}/steps/5#deliverables`;
    if (documents.length === 0)
      return outcome('fail', 'No charter is written yet.', [evidence('Write the charter', false, write)]);
    const sponsors = await sponsorsOf(context.tx, context.program.id);
    const versions = (
      await versionsOfDocuments(
        context.tx,
        documents.map((document) => document.id),
      )
    ).flat();
    const approved = versions.filter((version) => version.status === 'approved');
    const names = await namesOfPeople(
      context,
      approved.map((version) => version.decidedBy),
    );
    const items = approved.map((version) =>
      evidence(
        `${version.title} v${version.number} approved by ${names.get(version.decidedBy ?? '') ?? 'someone'}` +
          (version.decidedBy && sponsors.includes(version.decidedBy) ? ' (executive sponsor)' : ', not a sponsor'),
        Boolean(version.decidedBy && sponsors.includes(version.decidedBy)),
        `/program/${context.program.id}/documents/${version.documentId}`,
      ),
    );
    const open = versions.find((version) => version.status === 'in_review' || version.status === 'draft');
    if (open)
      items.push(
        evidence(
          `${open.title} v${open.number} is ${open.status === 'draft' ? 'a draft' : 'waiting for approval'}`,
          false,
          `/program/${context.program.id}/documents/${open.documentId}`,
        ),
      );
    return items.some((item) => item.ok)
      ? outcome('pass', 'The charter is approved by an executive sponsor.', items)
      : outcome('fail', 'The charter is not approved by an executive sponsor yet.', items);
  },
  'EC5.2': async (context) => {
    const minimum = context.threshold('EC5.2', 3);
    const rows = await context.tx
      .select({ id: councils.id, name: councils.name, kind: councils.kind })
      .from(councils)
      .where(inArray(councils.kind, ['governance_council', 'executive_sponsors', 'stewardship_council']));
    const members = rows.length
      ? await context.tx
          .select({ councilId: councilMembers.councilId, role: councilMembers.role })
          .from(councilMembers)
          .where(
            inArray(
              councilMembers.councilId,
              rows.map((row) => row.id),
            ),
          )
      : [];
    const ready = (kinds: string[]) =>
      rows
        .filter((row) => kinds.includes(row.kind))
        .map((row) => {
          const own = members.filter((member) => member.councilId === row.id);
          return {
            row,
            ok: own.length >= minimum && own.some((member) => member.role === 'chair'),
            size: own.length,
            chair: own.some((member) => member.role === 'chair'),
          };
        });
    const executive = ready(['governance_council', 'executive_sponsors']);
    const stewardship = ready(['stewardship_council']);
    const items = [...executive, ...stewardship].map((item) =>
      evidence(
        `${item.row.name}: ${item.size} members${item.chair ? ', chaired' : ', no chair'}`,
        item.ok,
        '/councils',
      ),
    );
    if (!executive.length) items.push(evidence('No executive council yet', false, '/councils'));
    if (!stewardship.length) items.push(evidence('No stewardship council yet', false, '/councils'));
    return executive.some((item) => item.ok) && stewardship.some((item) => item.ok)
      ? outcome('pass', 'An executive council and a stewardship council, each chaired and staffed.', items, {
          threshold: minimum,
        })
      : outcome(
          'fail',
          `Needs an executive council and a stewardship council, each with a chair and at least ${minimum} members.`,
          items,
          { threshold: minimum },
        );
  },
  'EC5.3': async (context) => {
    const scoped = await scopeDomains(context);
    if (scoped.length === 0) return noScope('domain');
    const responsibilities = await resolveResponsibilitiesOfDomains(
      context.tx,
      scoped.map((domain) => domain.id),
    );
    const items = scoped.flatMap((domain, index) => {
      const held = responsibilities[index] ?? [];
      const owners = new Set(
        held.filter((entry) => isAccountableOwner(entry.assignment)).map((entry) => entry.assignment.personId),
      );
      const stewards = held.filter((entry) => entry.assignment.role === 'business_steward');
      const href = `/domains/${domain.id}`;
      return [
        evidence(
          owners.size === 1
            ? `${domain.name} has one data owner`
            : owners.size === 0
              ? `${domain.name} has no data owner`
              : `${domain.name} has ${owners.size} data owners`,
          owners.size === 1,
          href,
        ),
        evidence(
          stewards.length ? `${domain.name} has a business steward` : `${domain.name} has no business steward`,
          stewards.length > 0,
          href,
        ),
      ];
    });
    const sources = await scopeSources(context);
    // One query for the sources' tables with a custodian or technical steward, one for their domains.
    const covered = sources.length
      ? await context.tx
          .selectDistinct({ sourceId: dataAssets.sourceId })
          .from(roleAssignments)
          .innerJoin(dataAssets, eq(dataAssets.id, roleAssignments.scopeId))
          .where(
            and(
              eq(roleAssignments.scopeType, 'asset'),
              inArray(roleAssignments.role, ['custodian', 'technical_steward']),
              inArray(
                dataAssets.sourceId,
                sources.map((source) => source.id),
              ),
            ),
          )
      : [];
    const coveredSources = new Set(covered.map((row) => row.sourceId));
    const sourceDomainIds = [...new Set(sources.flatMap((source) => source.domainId ?? []))];
    const domainHeld = await resolveResponsibilitiesOfDomains(context.tx, sourceDomainIds);
    const technicalDomains = new Set(
      sourceDomainIds.filter((_, index) =>
        (domainHeld[index] ?? []).some((entry) => ['custodian', 'technical_steward'].includes(entry.assignment.role)),
      ),
    );
    for (const source of sources) {
      const holders = coveredSources.has(source.id) ? [source.id] : [];
      const domainHolder = source.domainId ? technicalDomains.has(source.domainId) : false;
      const ok = holders.length > 0 || domainHolder;
      items.push(
        evidence(
          ok
            ? `${source.name} has a custodian or technical steward`
            : `${source.name} has no custodian or technical steward`,
          ok,
          `/catalog/sources/${source.id}`,
        ),
      );
    }
    const missing = items.filter((item) => !item.ok).length;
    return missing === 0
      ? outcome(
          'pass',
          'Every in-scope domain has one owner and a steward; every source a custodian or technical steward.',
          items,
        )
      : outcome('fail', `${missing} gap(s) in ownership and stewardship.`, items);
  },
  'EC5.4': async (context) => {
    const scoped = await scopeDomains(context);
    if (scoped.length === 0) return noScope('domain');
    const responsibilities = await resolveResponsibilitiesOfDomains(
      context.tx,
      scoped.map((domain) => domain.id),
    );
    const items = scoped.map((domain, index) => {
      const held = responsibilities[index] ?? [];
      const accountable = new Set(
        held
          .filter(
            (entry) =>
              entry.assignment.raci === 'A' ||
              (entry.assignment.raci === null && entry.assignment.role === 'data_owner'),
          )
          .map((entry) => entry.assignment.personId),
      );
      const responsible = held.filter(
        (entry) =>
          entry.assignment.raci === 'R' ||
          (entry.assignment.raci === null && entry.assignment.role === 'business_steward'),
      );
      const ok = accountable.size === 1 && responsible.length >= 1;
      return evidence(
        `${domain.name}: ${accountable.size} accountable, ${responsible.length} responsible`,
        ok,
        '/responsibility',
      );
    });
    return items.every((item) => item.ok)
      ? outcome('pass', 'Each in-scope domain has exactly one A and at least one R.', items)
      : outcome(
          'fail',
          'Each in-scope domain needs exactly one accountable (A) and at least one responsible (R).',
          items,
        );
  },
  'EC5.5': async (context) => {
    const rows = await context.tx.select({ id: councils.id, name: councils.name }).from(councils);
    const names = new Map(rows.map((row) => [row.id, row.name]));
    const meetings = meetingsOf(await decisionsOf(context.tx, { councilIds: [...names.keys()] }));
    if (meetings.length === 0)
      return outcome('fail', 'No council decision is recorded yet.', [
        evidence('Record the decisions of a council meeting', false, '/councils'),
      ]);
    return outcome(
      'pass',
      `${meetings.length} council meeting(s) recorded with decisions.`,
      meetings
        .slice(0, 10)
        .map((meeting) =>
          evidence(
            `${names.get(meeting.councilId)} on ${meeting.decidedOn}: ${meeting.decisions} decision(s)`,
            true,
            `/councils/${meeting.councilId}`,
          ),
        ),
      { value: meetings.length },
    );
  },

  // Step 6: data dictionary.
  'EC6.1': async (context) => {
    const terms = await scopeCdeTerms(context);
    if (terms.length === 0)
      return outcome('fail', 'No critical data element in scope yet.', [
        evidence('Flag the critical data elements in the glossary', false, '/glossary'),
      ]);
    const items = terms.map((term) => {
      const ok = term.status === 'approved' && Boolean(term.stewardId) && Boolean(term.ownerId);
      const gaps = [
        term.status !== 'approved' ? term.status.replace('_', ' ') : null,
        term.stewardId ? null : 'no steward',
        term.ownerId ? null : 'no owner',
      ].filter(Boolean);
      return evidence(
        ok ? `${term.name}: approved, owner and steward named` : `${term.name}: ${gaps.join(', ')}`,
        ok,
        `/glossary/terms/${term.id}`,
      );
    });
    const passing = items.filter((item) => item.ok).length;
    return passing === items.length
      ? outcome('pass', `All ${items.length} CDEs approved with an owner and a steward.`, items, {
          value: passing,
          threshold: items.length,
        })
      : outcome(
          'fail',
          `${items.length - passing} of ${items.length} CDEs are not approved or lack an owner or steward.`,
          items,
          { value: passing, threshold: items.length },
        );
  },
  'EC6.2': async (context) => {
    const rows = await context.tx
      .select({
        id: glossaryTerms.id,
        name: glossaryTerms.name,
        synonyms: glossaryTerms.synonyms,
        domainId: glossaryTerms.domainId,
      })
      .from(glossaryTerms)
      .where(eq(glossaryTerms.status, 'approved'));
    const domainIds = context.program.scope.domainIds;
    const relevant = domainIds.length ? rows.filter((row) => row.domainId && domainIds.includes(row.domainId)) : rows;
    const seen = new Map<string, { id: string; name: string }>();
    const clashes: ReturnType<typeof evidence>[] = [];
    for (const term of relevant) {
      for (const word of [term.name, ...term.synonyms]) {
        const key = `${term.domainId}|${word.trim().toLowerCase()}`;
        const other = seen.get(key);
        if (other && other.id !== term.id)
          clashes.push(evidence(`${term.name} and ${other.name} share "${word}"`, false, `/glossary/terms/${term.id}`));
        else seen.set(key, { id: term.id, name: term.name });
      }
    }
    return clashes.length
      ? outcome('fail', `${clashes.length} name or synonym clash(es) between approved terms of one domain.`, clashes, {
          value: clashes.length,
          threshold: 0,
        })
      : outcome(
          'pass',
          `No two of the ${relevant.length} approved terms share a name or synonym within a domain.`,
          [],
          { value: 0, threshold: 0 },
        );
  },
  'EC6.3': async (context) => {
    const days = context.threshold('EC6.3', 10);
    const pending = await context.tx
      .select({ termId: termProposals.termId, name: glossaryTerms.name, submittedAt: termProposals.submittedAt })
      .from(termProposals)
      .leftJoin(glossaryTerms, eq(glossaryTerms.id, termProposals.termId))
      .where(eq(termProposals.status, 'pending'));
    // Working days are about five sevenths of calendar days.
    const limit = (days * 7) / 5;
    const late = pending.filter(
      (item) => item.submittedAt && (context.now.getTime() - item.submittedAt.getTime()) / DAY > limit,
    );
    const items = late.map((item) =>
      evidence(
        `${item.name ?? 'A new term'} waits for review since ${item.submittedAt!.toISOString().slice(0, 10)}`,
        false,
        item.termId ? `/glossary/terms/${item.termId}` : '/glossary/review',
      ),
    );
    return late.length
      ? outcome('fail', `${late.length} change(s) in review for longer than ${days} working days.`, items, {
          value: late.length,
          threshold: 0,
        })
      : outcome(
          'pass',
          `No change has waited for review longer than ${days} working days (${pending.length} in review).`,
          [],
          { threshold: days },
        );
  },
  'EC6.4': async (context) => {
    const minimum = context.threshold('EC6.4', 20);
    const terms = (await scopeCdeTerms(context)).filter((term) => term.status === 'approved');
    if (terms.length === 0)
      return outcome('fail', 'No approved critical data element in scope yet.', [
        evidence('Approve the CDE terms', false, '/glossary/review'),
      ]);
    const items = terms.map((term) => {
      const ok = Boolean(term.classification) && term.definition.trim().length >= minimum;
      return evidence(
        ok ? `${term.name}: classified, defined` : `${term.name}: definition shorter than ${minimum} characters`,
        ok,
        `/glossary/terms/${term.id}`,
      );
    });
    const bad = items.filter((item) => !item.ok).length;
    return bad === 0
      ? outcome('pass', `All ${items.length} approved CDEs are classified and defined.`, items, { threshold: minimum })
      : outcome(
          'fail',
          `${bad} approved CDE(s) lack a classification or a definition of ${minimum}+ characters.`,
          items,
          { threshold: minimum },
        );
  },

  // Step 7: understand the data.
  'EC7.1': async (context) => {
    const days = context.threshold('EC7.1', 30);
    const assets = await scopeAssets(context);
    if (assets.length === 0) return noScope('source with catalogued tables');
    const latest = await context.tx
      .select({ assetId: assetProfiles.assetId, at: sql<Date>`max(${assetProfiles.createdAt})` })
      .from(assetProfiles)
      .where(
        inArray(
          assetProfiles.assetId,
          assets.map((asset) => asset.id),
        ),
      )
      .groupBy(assetProfiles.assetId);
    const when = new Map(latest.map((row) => [row.assetId, new Date(row.at)]));
    const stale = assets.filter((asset) => {
      const at = when.get(asset.id);
      return !at || (context.now.getTime() - at.getTime()) / DAY > days;
    });
    const items = stale
      .slice(0, 50)
      .map((asset) =>
        evidence(
          `${asset.schemaName}.${asset.name} ${when.get(asset.id) ? `last profiled over ${days} days ago` : 'never profiled'}`,
          false,
          `/catalog/assets/${asset.id}`,
        ),
      );
    return stale.length === 0
      ? outcome('pass', `All ${assets.length} in-scope tables profiled within ${days} days.`, [], {
          value: 1,
          threshold: 1,
        })
      : outcome(
          'fail',
          `${stale.length} of ${assets.length} in-scope tables lack a profile from the last ${days} days.`,
          items,
          { threshold: days },
        );
  },
  'EC7.2': async (context) => {
    const share = context.threshold('EC7.2', 0.8);
    const cde = (await scopeCdeTerms(context)).map((term) => term.id);
    if (cde.length === 0)
      return outcome('fail', 'No critical data element in scope yet.', [
        evidence('Flag the CDEs in the glossary', false, '/glossary'),
      ]);
    const links = await context.tx
      .select({ fieldId: termLinks.fieldId, status: termLinks.status, createdAt: termLinks.createdAt })
      .from(termLinks)
      .where(and(inArray(termLinks.termId, cde), sql`${termLinks.fieldId} is not null`));
    const byField = new Map<string, { confirmed: boolean; oldestSuggested: Date | null }>();
    for (const link of links) {
      const entry = byField.get(link.fieldId!) ?? { confirmed: false, oldestSuggested: null };
      if (link.status === 'confirmed') entry.confirmed = true;
      if (link.status === 'suggested' && (!entry.oldestSuggested || link.createdAt < entry.oldestSuggested))
        entry.oldestSuggested = link.createdAt;
      byField.set(link.fieldId!, entry);
    }
    const fields = [...byField.values()];
    if (fields.length === 0)
      return outcome(
        'fail',
        'No column is mapped to a CDE term yet.',
        [evidence('Link the CDE terms to columns', false, '/catalog/suggestions')],
        { value: 0, threshold: share },
      );
    const confirmed = fields.filter((field) => field.confirmed).length;
    const stale = fields.filter(
      (field) =>
        !field.confirmed &&
        field.oldestSuggested &&
        (context.now.getTime() - field.oldestSuggested.getTime()) / DAY > 30,
    ).length;
    const ratio = confirmed / fields.length;
    const items = [
      evidence(`${confirmed} of ${fields.length} CDE columns confirmed`, ratio >= share, '/catalog/suggestions'),
      ...(stale ? [evidence(`${stale} suggestion(s) waiting over 30 days`, false, '/catalog/suggestions')] : []),
    ];
    return ratio >= share && stale === 0
      ? outcome('pass', `${Math.round(ratio * 100)} % of CDE columns have a confirmed term.`, items, {
          value: ratio,
          threshold: share,
        })
      : outcome(
          'fail',
          `${Math.round(ratio * 100)} % of CDE columns confirmed (needs ${Math.round(share * 100)} %)${stale ? `, ${stale} left suggested over 30 days` : ''}.`,
          items,
          { value: ratio, threshold: share },
        );
  },
  'EC7.3': async (context) => {
    const assets = await scopeAssets(context);
    if (assets.length === 0) return noScope('source with catalogued tables');
    const open = await context.tx
      .select({
        assetId: dataFields.assetId,
        field: dataFields.name,
        asset: dataAssets.name,
        schema: dataAssets.schemaName,
      })
      .from(fieldClassifications)
      .innerJoin(dataFields, eq(dataFields.id, fieldClassifications.fieldId))
      .innerJoin(dataAssets, eq(dataAssets.id, dataFields.assetId))
      .where(
        and(
          eq(fieldClassifications.status, 'suggested'),
          inArray(
            dataFields.assetId,
            assets.map((asset) => asset.id),
          ),
        ),
      );
    return open.length
      ? outcome(
          'fail',
          `${open.length} personal-data suggestion(s) not yet confirmed or rejected.`,
          open
            .slice(0, 50)
            .map((row) =>
              evidence(
                `${row.schema}.${row.asset}.${row.field} awaits a decision`,
                false,
                `/catalog/assets/${row.assetId}`,
              ),
            ),
          { value: open.length, threshold: 0 },
        )
      : outcome('pass', 'Every personal-data suggestion on in-scope tables is decided.', [], {
          value: 0,
          threshold: 0,
        });
  },
  'EC7.4': notYet('Profiling anomalies with a severity', 'anomaly detection on profiles'),

  // Step 8: metadata repository.
  'EC8.1': async (context) => {
    const days = context.threshold('EC8.1', 30);
    const sources = await scopeSources(context);
    if (sources.length === 0) return noScope('source');
    const items = sources.map((source) => {
      const ok = Boolean(source.lastIngestAt) && (context.now.getTime() - source.lastIngestAt!.getTime()) / DAY <= days;
      return evidence(
        source.lastIngestAt
          ? `${source.name} ingested ${source.lastIngestAt.toISOString().slice(0, 10)}`
          : `${source.name} never ingested`,
        ok,
        `/catalog/sources/${source.id}`,
      );
    });
    const ok = items.filter((item) => item.ok).length;
    return ok === items.length
      ? outcome('pass', `All ${items.length} in-scope sources ingested within ${days} days.`, items, {
          threshold: days,
        })
      : outcome('fail', `${items.length - ok} in-scope source(s) not ingested within ${days} days.`, items, {
          threshold: days,
        });
  },
  'EC8.2': async (context) => {
    const terms = (await scopeCdeTerms(context)).filter((term) => term.status === 'approved');
    if (terms.length === 0)
      return outcome('fail', 'No approved critical data element in scope yet.', [
        evidence('Approve the CDE terms', false, '/glossary/review'),
      ]);
    const linked = await context.tx
      .selectDistinct({ termId: termLinks.termId })
      .from(termLinks)
      .where(
        and(
          inArray(
            termLinks.termId,
            terms.map((term) => term.id),
          ),
          eq(termLinks.status, 'confirmed'),
          sql`${termLinks.fieldId} is not null`,
        ),
      );
    const has = new Set(linked.map((row) => row.termId));
    const items = terms.map((term) =>
      evidence(
        has.has(term.id) ? `${term.name} is on a column` : `${term.name} is on no column`,
        has.has(term.id),
        `/glossary/terms/${term.id}`,
      ),
    );
    const missing = items.filter((item) => !item.ok).length;
    return missing === 0
      ? outcome('pass', `All ${terms.length} approved CDEs are assigned to a column.`, items)
      : outcome('fail', `${missing} approved CDE(s) are on no column.`, items);
  },
  'EC8.3': notYet('Assets marked as critical outputs', 'critical-output flags on reports'),
  'EC8.4': async (context) => {
    const dangling = await context.tx
      .select({
        id: lineageEdges.id,
        upstream: lineageEdges.upstreamAssetId,
        downstream: lineageEdges.downstreamAssetId,
      })
      .from(lineageEdges)
      .innerJoin(
        dataAssets,
        sql`${dataAssets.id} in (${lineageEdges.upstreamAssetId}, ${lineageEdges.downstreamAssetId})`,
      )
      .where(sql`${dataAssets.removedAt} is not null`);
    return dangling.length
      ? outcome(
          'fail',
          `${dangling.length} lineage edge(s) touch a table no longer in its source.`,
          dangling
            .slice(0, 50)
            .map((edge) => evidence('Lineage to a removed table', false, `/catalog/assets/${edge.downstream}`)),
          { value: dangling.length, threshold: 0 },
        )
      : outcome('pass', 'No lineage edge points to a removed or unknown table.', [], { value: 0, threshold: 0 });
  },

  // Step 9: define metrics.
  'EC9.2': async (context) => {
    const terms = (await scopeCdeTerms(context)).filter((term) => term.status === 'approved');
    if (terms.length === 0)
      return outcome('fail', 'No approved critical data element in scope yet.', [
        evidence('Approve the CDE terms', false, '/glossary/review'),
      ]);
    const covered = await context.tx
      .selectDistinct({ termId: termLinks.termId })
      .from(termLinks)
      .innerJoin(qualityRules, and(eq(qualityRules.fieldId, termLinks.fieldId), eq(qualityRules.enabled, true)))
      .where(
        and(
          inArray(
            termLinks.termId,
            terms.map((term) => term.id),
          ),
          eq(termLinks.status, 'confirmed'),
        ),
      );
    const has = new Set(covered.map((row) => row.termId));
    const items = terms.map((term) =>
      evidence(
        has.has(term.id) ? `${term.name} has an active quality rule` : `${term.name} has no active quality rule`,
        has.has(term.id),
        `/glossary/terms/${term.id}`,
      ),
    );
    const missing = items.filter((item) => !item.ok).length;
    return missing === 0
      ? outcome('pass', `Every approved CDE (${terms.length}) has an active quality rule on a column.`, items)
      : outcome('fail', `${missing} approved CDE(s) have no active quality rule.`, items);
  },

  // Step 10: master data governance.
  'EC10.1': async (context) => {
    const minimumSources = context.threshold('EC10.1', 2);
    const rows = await context.tx.select().from(mdmDomains);
    if (rows.length === 0)
      return outcome('fail', 'No MDM domain yet.', [evidence('Define an MDM domain', false, '/mdm')]);
    const items = await Promise.all(
      rows.map(async (row) => {
        const sources = row.sources as MdmSource[];
        const attributes = row.attributes as MdmAttribute[];
        const held = row.domainId
          ? ((await resolveResponsibilitiesOfDomains(context.tx, [row.domainId]))[0] ?? [])
          : [];
        const owner = held.some((entry) => isAccountableOwner(entry.assignment));
        const steward = held.some((entry) => entry.assignment.role === 'business_steward');
        const gaps = [
          owner ? null : 'no owner',
          steward ? null : 'no steward',
          attributes.length ? null : 'no attribute',
          sources.length >= minimumSources ? null : `fewer than ${minimumSources} sources`,
        ].filter(Boolean);
        return evidence(
          gaps.length
            ? `${row.name}: ${gaps.join(', ')}`
            : `${row.name}: owner, steward, ${attributes.length} attributes, ${sources.length} sources`,
          gaps.length === 0,
          `/mdm/domains/${row.id}`,
        );
      }),
    );
    return items.every((item) => item.ok)
      ? outcome('pass', 'Every MDM domain has an owner, a steward, attributes and at least two trusted sources.', items)
      : outcome('fail', `An MDM domain lacks an owner, a steward, attributes or ${minimumSources} sources.`, items, {
          threshold: minimumSources,
        });
  },
  'EC10.2': async (context) => {
    const rows = await context.tx
      .select({ id: mdmDomains.id, name: mdmDomains.name, attributes: mdmDomains.attributes })
      .from(mdmDomains);
    if (rows.length === 0)
      return outcome('fail', 'No MDM domain yet.', [evidence('Define an MDM domain', false, '/mdm')]);
    const versions = await context.tx
      .select()
      .from(mdmPolicyVersions)
      .where(inArray(mdmPolicyVersions.status, ['approved', 'active']));
    const items = rows.map((row) => {
      const current = versions
        .filter((version) => version.mdmDomainId === row.id)
        .sort((a, b) => b.number - a.number)[0];
      if (!current) return evidence(`${row.name}: no approved policy`, false, `/mdm/domains/${row.id}?tab=policies`);
      const policy = current.policy as { reviewThreshold: number; autoMergeThreshold: number };
      const ok = policy.reviewThreshold < policy.autoMergeThreshold;
      return evidence(
        `${row.name}: policy v${current.number} ${current.status}${ok ? '' : ', review threshold not below auto-merge'}`,
        ok,
        `/mdm/policies/${current.id}`,
      );
    });
    return items.every((item) => item.ok)
      ? outcome(
          'pass',
          'Every MDM domain has an approved policy (every attribute survives by the default chain or its own).',
          items,
        )
      : outcome('fail', 'An MDM domain has no approved policy, or its thresholds overlap.', items);
  },
  'EC10.3': async (context) => {
    const versions = await context.tx
      .select({
        id: mdmPolicyVersions.id,
        number: mdmPolicyVersions.number,
        mdmDomainId: mdmPolicyVersions.mdmDomainId,
        name: mdmDomains.name,
      })
      .from(mdmPolicyVersions)
      .innerJoin(mdmDomains, eq(mdmDomains.id, mdmPolicyVersions.mdmDomainId))
      .where(inArray(mdmPolicyVersions.status, ['approved', 'active']));
    if (versions.length === 0)
      return outcome('fail', 'No approved golden-record policy to have simulated.', [
        evidence('Approve a policy', false, '/mdm'),
      ]);
    const runs = await context.tx
      .select({ policyVersionId: mdmSimulations.policyVersionId, id: mdmSimulations.id })
      .from(mdmSimulations)
      .where(
        and(
          inArray(
            mdmSimulations.policyVersionId,
            versions.map((version) => version.id),
          ),
          eq(mdmSimulations.status, 'succeeded'),
        ),
      );
    const items = versions.map((version) => {
      const run = runs.find((item) => item.policyVersionId === version.id);
      return evidence(
        run ? `${version.name} v${version.number} simulated` : `${version.name} v${version.number} never simulated`,
        Boolean(run),
        run ? `/mdm/simulations/${run.id}` : `/mdm/domains/${version.mdmDomainId}?tab=simulations`,
      );
    });
    return items.every((item) => item.ok)
      ? outcome('pass', 'Every approved policy has a finished simulation.', items)
      : outcome('fail', 'An approved policy has not been simulated.', items);
  },
  'EC10.4': async (context) => {
    const open = await context.tx
      .select({ id: tickets.id, key: tickets.key, assigneeId: tickets.assigneeId, resolveDueAt: tickets.resolveDueAt })
      .from(mdmReviewTasks)
      .innerJoin(tickets, eq(tickets.id, mdmReviewTasks.ticketId))
      .where(and(eq(mdmReviewTasks.status, 'open'), inArray(tickets.status, [...activeTicketStatuses])));
    const bad = open.filter(
      (ticket) => !ticket.assigneeId || (ticket.resolveDueAt && ticket.resolveDueAt.getTime() < context.now.getTime()),
    );
    const items = bad.map((ticket) =>
      evidence(
        `${ticket.key}: ${ticket.assigneeId ? 'past its due date' : 'nobody assigned'}`,
        false,
        `/issues/${ticket.key}`,
      ),
    );
    return bad.length
      ? outcome('fail', `${bad.length} of ${open.length} open duplicate reviews are unassigned or overdue.`, items, {
          value: bad.length,
          threshold: 0,
        })
      : outcome('pass', `All ${open.length} open duplicate reviews are assigned and within their SLA.`, [], {
          value: 0,
          threshold: 0,
        });
  },

  // Step 11: analytics governance.
  'EC11.1': notYet('Certified reports', 'analytics governance'),
  'EC11.2': notYet('Certified reports', 'analytics governance'),
  'EC11.3': notYet('Registered models', 'analytics governance'),

  // Step 12: security and privacy.

  // Step 14: measure results.
};
