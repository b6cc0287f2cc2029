/** A node of a hierarchy (org units, domains): only what the tree rules need. */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

/** The deepest hierarchy we accept; enterprise org charts rarely pass six levels. */
export const MAX_TREE_DEPTH = 12;

/**
 * Would putting `nodeId` under `newParentId` make a cycle? True when the new parent is the
 * node itself or one of its descendants.
 */
export function wouldCreateCycle(nodes: readonly TreeNode[], nodeId: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  let cursor: string | null | undefined = newParentId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === nodeId) return true;
    if (seen.has(cursor)) return true; // an existing cycle: refuse rather than loop
    seen.add(cursor);
    cursor = parentOf.get(cursor);
  }
  return false;
}

/** Ids from the node up to its root, the node first. Stops on a cycle. */
export function ancestorsOf(nodes: readonly TreeNode[], nodeId: string): string[] {
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  const chain: string[] = [];
  let cursor: string | null | undefined = nodeId;
  while (cursor && !chain.includes(cursor)) {
    chain.push(cursor);
    cursor = parentOf.get(cursor);
  }
  return chain;
}

/** Depth of the subtree under a node (1 for a leaf). */
export function subtreeHeight(nodes: readonly TreeNode[], nodeId: string): number {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id]);
  }
  const height = (id: string, guard: number): number => {
    if (guard > MAX_TREE_DEPTH * 4) return guard;
    const kids = children.get(id) ?? [];
    return 1 + Math.max(0, ...kids.map((kid) => height(kid, guard + 1)));
  };
  return height(nodeId, 0);
}
