import { dataAssets, dataSources, domains, orgUnits, people, type Queryable } from '@steward/db';
import type { CriterionEvidence, CriterionResult, CriterionState, Program } from '@steward/domain';
import { and, inArray, isNull } from 'drizzle-orm';

/** What every evaluator reads: the program, its thresholds and the moment of evaluation. */
export interface CriterionContext {
  tx: Queryable;
  program: Program;
  now: Date;
  /** The program's threshold for a criterion, else the catalogue's default. */
  threshold(key: string, fallback: number): number;
}

export type Evaluation = Omit<CriterionResult, 'key'>;
export type Evaluator = (context: CriterionContext) => Promise<Evaluation>;

export const DAY = 86_400_000;

export function outcome(
  state: CriterionState,
  summary: string,
  evidence: CriterionEvidence[] = [],
  measure: { value?: number | null; threshold?: number | null } = {},
): Evaluation {
  return { state, summary, evidence, value: measure.value ?? null, threshold: measure.threshold ?? null };
}

/** A criterion whose records arrive with an area Steward does not have yet: never a pass. */
export function notYet(area: string, issue: string): Evaluator {
  return async () => outcome('unavailable', `${area} arrive with ${issue}; this criterion cannot be checked yet.`);
}

export const evidence = (label: string, ok: boolean, href: string | null = null): CriterionEvidence => ({
  label,
  ok,
  href,
});

/** The program's in-scope domains with their names (none named: none in scope). */
export async function scopeDomains(context: CriterionContext): Promise<{ id: string; name: string }[]> {
  const ids = context.program.scope.domainIds;
  if (ids.length === 0) return [];
  return context.tx.select({ id: domains.id, name: domains.name }).from(domains).where(inArray(domains.id, ids));
}

/** In-scope sources: those named, else the sources of the in-scope domains. */
export async function scopeSources(
  context: CriterionContext,
): Promise<{ id: string; name: string; lastIngestAt: Date | null; domainId: string | null }[]> {
  const rows = await context.tx
    .select({
      id: dataSources.id,
      name: dataSources.name,
      lastIngestAt: dataSources.lastIngestAt,
      domainId: dataSources.domainId,
    })
    .from(dataSources);
  const named = new Set(context.program.scope.sourceIds);
  const domainIds = new Set(context.program.scope.domainIds);
  return named.size > 0
    ? rows.filter((row) => named.has(row.id))
    : rows.filter((row) => row.domainId !== null && domainIds.has(row.domainId));
}

/** Whether each person sits in an IT org unit (one of the program's IT units or below one). */
export async function itSideOf(
  context: CriterionContext,
  personIds: readonly string[],
): Promise<Map<string, 'it' | 'business' | null>> {
  const result = new Map<string, 'it' | 'business' | null>();
  if (personIds.length === 0) return result;
  const units = await context.tx.select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits);
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const it = new Set(context.program.scope.itOrgUnitIds);
  const isIt = (unitId: string) => {
    for (
      let current: string | null | undefined = unitId, hops = 0;
      current && hops < 50;
      current = parentOf.get(current), hops += 1
    ) {
      if (it.has(current)) return true;
    }
    return false;
  };
  const rows = await context.tx
    .select({ id: people.id, orgUnitId: people.orgUnitId })
    .from(people)
    .where(inArray(people.id, [...personIds]));
  for (const row of rows) result.set(row.id, row.orgUnitId ? (isIt(row.orgUnitId) ? 'it' : 'business') : null);
  return result;
}

/** Assets of the in-scope sources, still in their source. */
export async function scopeAssets(context: CriterionContext) {
  const sources = await scopeSources(context);
  if (sources.length === 0) return [];
  return context.tx
    .select({
      id: dataAssets.id,
      schemaName: dataAssets.schemaName,
      name: dataAssets.name,
      kind: dataAssets.kind,
      sourceId: dataAssets.sourceId,
    })
    .from(dataAssets)
    .where(
      and(
        inArray(
          dataAssets.sourceId,
          sources.map((source) => source.id),
        ),
        isNull(dataAssets.removedAt),
      ),
    );
}
