import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorsOf, subtreeHeight, type TreeNode, wouldCreateCycle } from './tree.js';

/** A random forest: node i's parent is an earlier node or none, so it is acyclic by construction. */
const forest = fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 40 }).map((parents) =>
  parents.map<TreeNode>((parent, index) => ({
    id: `n${index}`,
    parentId: parent === null || index === 0 ? null : `n${parent % index}`,
  })),
);

function descendantsOf(nodes: readonly TreeNode[], id: string): Set<string> {
  const found = new Set<string>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next = nodes.filter((node) => node.parentId && frontier.includes(node.parentId)).map((node) => node.id);
    for (const child of next) found.add(child);
    frontier = next;
  }
  return found;
}

describe('tree rules', () => {
  it('calls a move a cycle exactly when the new parent is the node or one of its descendants', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (nodes, a, b) => {
        const node = nodes[a % nodes.length]!;
        const target = nodes[b % nodes.length]!;
        const expected = target.id === node.id || descendantsOf(nodes, node.id).has(target.id);
        expect(wouldCreateCycle(nodes, node.id, target.id)).toBe(expected);
      }),
    );
  });

  it('never calls a move to the top level a cycle', () => {
    fc.assert(fc.property(forest, (nodes) => nodes.every((node) => !wouldCreateCycle(nodes, node.id, null))));
  });

  it('lists ancestors from the node up to its root, and stops on a corrupt cycle', () => {
    const nodes: TreeNode[] = [
      { id: 'customer', parentId: null },
      { id: 'consumer', parentId: 'customer' },
      { id: 'loyalty', parentId: 'consumer' },
    ];
    expect(ancestorsOf(nodes, 'loyalty')).toEqual(['loyalty', 'consumer', 'customer']);
    expect(subtreeHeight(nodes, 'customer')).toBe(3);
    const corrupt: TreeNode[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(ancestorsOf(corrupt, 'a')).toEqual(['a', 'b']);
    expect(wouldCreateCycle(corrupt, 'x', 'a')).toBe(true);
  });
});
