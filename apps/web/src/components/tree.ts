/** A flat node list (parentId links) as a tree, keeping the order the nodes came in. */
export type TreeOf<T> = T & { children?: TreeOf<T>[] };

export function buildTree<T extends { id: string; parentId: string | null }>(nodes: readonly T[]): TreeOf<T>[] {
  const byId = new Map<string, TreeOf<T>>();
  for (const node of nodes) byId.set(node.id, { ...node });
  const roots: TreeOf<T>[] = [];
  for (const node of nodes) {
    const item = byId.get(node.id)!;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children = [...(parent.children ?? []), item];
    else roots.push(item);
  }
  return roots;
}

/** The ids of a node and everything under it (a node cannot move below itself). */
export function subtreeIds<T extends { id: string; parentId: string | null }>(nodes: readonly T[], rootId: string) {
  const ids = new Set([rootId]);
  for (const node of nodes) if (node.parentId && ids.has(node.parentId)) ids.add(node.id);
  return ids;
}
