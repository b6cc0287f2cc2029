import { type Database, domains, orgUnits, type Queryable, rowsOf } from '@steward/db';
import {
  ancestorsOf,
  InputError,
  MAX_TREE_DEPTH,
  NotFoundError,
  type Page,
  type PageRequest,
  pageArgsSchema,
  parseInput,
  type RecordMeta,
  subtreeHeight,
  wouldCreateCycle,
} from '@steward/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { likePattern } from '../shared/like-pattern.js';
import {
  afterCursorSql,
  cursorKeysSql,
  type Ordering,
  orderBySql,
  type SortKey,
  toPage,
} from '../shared/pagination.js';

/** The two hierarchies of stewardship share one set of rules. */
export type HierarchyTable = typeof domains | typeof orgUnits;

const entityTypes = new Map<HierarchyTable, string>([
  [domains, 'Domain'],
  [orgUnits, 'OrgUnit'],
]);

export async function loadTreeNodes(tx: Queryable, table: HierarchyTable) {
  return tx.select({ id: table.id, parentId: table.parentId }).from(table);
}

/**
 * Checks that `nodeId` may sit under `parentId`: the parent exists, no cycle, not too deep.
 * Takes a transaction-scoped advisory lock first, so two concurrent moves cannot each pass
 * the check and together make a cycle.
 */
export async function assertValidPlacement(
  tx: Queryable,
  table: HierarchyTable,
  nodeId: string | null,
  parentId: string | null,
) {
  const entityType = entityTypes.get(table)!;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`steward.tree.${entityType}`}))`);
  if (!parentId) return;
  const nodes = await loadTreeNodes(tx, table);
  if (!nodes.some((node) => node.id === parentId)) throw new NotFoundError(entityType, parentId, { field: 'parentId' });
  if (nodeId && wouldCreateCycle(nodes, nodeId, parentId)) {
    throw InputError.forField(
      'parentId',
      `cannot be the ${entityType === 'Domain' ? 'domain' : 'unit'} itself or one of its descendants`,
    );
  }
  const depthAbove = ancestorsOf(nodes, parentId).length;
  const height = nodeId ? subtreeHeight(nodes, nodeId) : 1;
  if (depthAbove + height > MAX_TREE_DEPTH) {
    throw InputError.forField('parentId', `would make the hierarchy deeper than ${MAX_TREE_DEPTH} levels`);
  }
}

/** Refuses to delete a node that still has children. */
export async function assertNoChildren(tx: Queryable, table: HierarchyTable, nodeId: string) {
  const [child] = await tx.select({ id: table.id }).from(table).where(eq(table.parentId, nodeId)).limit(1);
  if (child) throw InputError.forField('id', 'still has children; move or delete them first');
}

/** A tree node with where it sits: depth 0 for roots, names from the root down. */
export type Placed<T> = T & { depth: number; path: string[] };

export const hierarchyOrderings = ['PATH_ASC', 'NAME_ASC'] as const;
export type HierarchyOrdering = (typeof hierarchyOrderings)[number];

export const hierarchyFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    /** Direct children of this node. */
    parentId: z.uuid({ error: 'must be a valid id' }).nullish(),
    rootsOnly: z.boolean().nullish(),
  })
  .nullish();
export type HierarchyFilterInput = z.input<typeof hierarchyFilterSchema>;

type RecordMetaFields = Pick<RecordMeta, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'>;

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/**
 * One page of a hierarchy flattened in tree order (PATH_ASC: every node right after its
 * parent) or by name, with each node's depth and path. One recursive query plus one count.
 */
export async function listHierarchyPage<T>(
  db: Database,
  table: HierarchyTable,
  args: PageRequest & { filter?: HierarchyFilterInput; orderBy?: HierarchyOrdering | null },
  mapRow: (row: Record<string, unknown>, meta: RecordMetaFields) => T,
): Promise<Page<Placed<T>>> {
  const { first, after } = parseInput(pageArgsSchema, { first: args.first, after: args.after });
  const filter = parseInput(hierarchyFilterSchema, args.filter);
  const tree = sql.raw('tree');
  const id: SortKey = { expression: sql`${tree}.id`, type: 'uuid' };
  // Lower-cased names joined by \x01, compared byte-wise (C collation): parents sort first.
  const ordering: Ordering =
    args.orderBy === 'NAME_ASC'
      ? { keys: [{ expression: sql`lower(${tree}.name)`, type: 'text' }, id], direction: 'asc' }
      : { keys: [{ expression: sql`${tree}.sort_path collate "C"`, type: 'text' }, id], direction: 'asc' };
  const conditions: (SQL | undefined)[] = [];
  if (filter?.search) conditions.push(sql`${tree}.name ilike ${likePattern(filter.search)}`);
  if (filter?.rootsOnly) conditions.push(sql`${tree}.parent_id is null`);
  else if (filter?.parentId) conditions.push(sql`${tree}.parent_id = ${filter.parentId}`);
  const where = and(...conditions);
  const withTree = sql`with recursive tree as (
      select n.*, lower(n.name) as sort_path, array[n.name] as name_path, 0 as depth
        from ${table} n where n.parent_id is null
      union all
      select c.*, p.sort_path || chr(1) || lower(c.name), p.name_path || c.name, p.depth + 1
        from ${table} c join tree p on c.parent_id = p.id
    )`;
  const pageWhere = and(where, afterCursorSql(ordering, after));
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`${withTree}
      select ${tree}.*, ${cursorKeysSql(ordering)} as cursor_keys from ${tree}
      ${pageWhere ? sql`where ${pageWhere}` : sql``}
      order by ${sql.join(orderBySql(ordering), sql`, `)}
      limit ${first + 1}`),
  );
  const [countRow] = rowsOf<{ count: number }>(
    await db.execute(
      sql`${withTree} select count(*)::int as count from ${tree} ${where ? sql`where ${where}` : sql``}`,
    ),
  );
  return toPage(
    rows.map((row) => ({
      node: {
        ...mapRow(row, {
          id: String(row.id),
          version: Number(row.version),
          createdAt: asDate(row.created_at),
          updatedAt: asDate(row.updated_at),
          createdBy: (row.created_by as string | null) ?? null,
          updatedBy: (row.updated_by as string | null) ?? null,
        }),
        depth: Number(row.depth),
        path: row.name_path as string[],
      },
      cursorKeys: row.cursor_keys as string[],
    })),
    first,
    Number(countRow?.count ?? 0),
  );
}
