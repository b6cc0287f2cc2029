/** Lays a lineage graph out in columns by hops from the centre: upstream left, downstream right. */
export interface LineageLayoutInput {
  centerId: string;
  assetIds: readonly string[];
  /** Asset-level edges (upstream → downstream). */
  edges: readonly { upstreamAssetId: string; downstreamAssetId: string }[];
}

export interface Placed {
  id: string;
  /** Hops from the centre: negative upstream, positive downstream. */
  depth: number;
  x: number;
  y: number;
}

export const COLUMN_WIDTH = 400;
export const ROW_HEIGHT = 90;

export function layoutLineage({ centerId, assetIds, edges }: LineageLayoutInput): Placed[] {
  const depth = new Map<string, number>([[centerId, 0]]);
  const walk = (direction: 1 | -1) => {
    let frontier = [centerId];
    let level = 0;
    while (frontier.length > 0) {
      level += 1;
      const next: string[] = [];
      for (const id of frontier) {
        for (const edge of edges) {
          const [from, to] =
            direction === 1
              ? [edge.upstreamAssetId, edge.downstreamAssetId]
              : [edge.downstreamAssetId, edge.upstreamAssetId];
          if (from === id && !depth.has(to)) {
            depth.set(to, direction * level);
            next.push(to);
          }
        }
      }
      frontier = next;
    }
  };
  walk(1);
  walk(-1);
  // Assets reached only sideways (a sibling of an upstream table) sit beside the centre.
  for (const id of assetIds) if (!depth.has(id)) depth.set(id, 0);

  const columns = new Map<number, string[]>();
  for (const id of assetIds) {
    const column = depth.get(id)!;
    columns.set(column, [...(columns.get(column) ?? []), id]);
  }
  const tallest = Math.max(...[...columns.values()].map((ids) => ids.length));
  const placed: Placed[] = [];
  for (const [column, ids] of columns) {
    const offset = ((tallest - ids.length) * ROW_HEIGHT) / 2;
    ids.forEach((id, index) => {
      placed.push({ id, depth: column, x: column * COLUMN_WIDTH, y: offset + index * ROW_HEIGHT });
    });
  }
  return placed;
}
