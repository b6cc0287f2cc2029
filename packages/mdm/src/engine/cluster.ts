/** A scored candidate pair (record indexes) at or above the review threshold. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

export interface Clustering {
  /** Cluster id per record (the index of its first member); singletons are their own cluster. */
  clusterOf: Int32Array;
  /** Pairs merged automatically. */
  merged: ScoredPair[];
  /** Pairs for a steward: in the review band, or above auto-merge but refused by the size guard. */
  review: (ScoredPair & { reason: 'band' | 'cluster_size' })[];
  /** Links refused because their records' clusters already held a record of the same source (linking one to one). */
  refusedOneToOne: number;
}

/**
 * Connected components over auto-merge links, strongest first, with a guard against chaining:
 * a link that would make a cluster larger than `maxClusterSize` is not merged but sent to review.
 * Links in the review band never merge; they become review pairs unless both records already
 * ended up in one cluster.
 */
export function clusterPairs(
  n: number,
  pairs: readonly ScoredPair[],
  thresholds: { autoMerge: number; review: number },
  maxClusterSize: number,
  options: { sourceOf?: ArrayLike<number> } = {},
): Clustering {
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i += 1) parent[i] = i;
  // Linking sources one to one: each cluster holds at most one record per source, so a record
  // already linked by a stronger pair refuses weaker ones (greedy, strongest first).
  const sourcesOf = options.sourceOf
    ? Array.from({ length: n }, (_, i) => new Set<number>([options.sourceOf![i]!]))
    : undefined;
  let refused = 0;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const ordered = [...pairs].sort((left, right) => right.score - left.score);
  const merged: ScoredPair[] = [];
  const review: Clustering['review'] = [];
  for (const pair of ordered) {
    if (pair.score < thresholds.autoMerge) continue;
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) {
      merged.push(pair);
      continue;
    }
    if (sourcesOf && [...sourcesOf[rb]!].some((source) => sourcesOf[ra]!.has(source))) {
      refused += 1;
      continue;
    }
    if (size[ra]! + size[rb]! > maxClusterSize) {
      review.push({ ...pair, reason: 'cluster_size' });
      continue;
    }
    const [big, small] = size[ra]! >= size[rb]! ? [ra, rb] : [rb, ra];
    parent[small] = big;
    size[big]! += size[small]!;
    if (sourcesOf) for (const source of sourcesOf[small]!) sourcesOf[big]!.add(source);
    merged.push(pair);
  }
  for (const pair of ordered) {
    if (pair.score >= thresholds.autoMerge || pair.score < thresholds.review) continue;
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    // A record already linked one to one with a stronger partner is not a suspect for another.
    if (sourcesOf && [...sourcesOf[rb]!].some((source) => sourcesOf[ra]!.has(source))) {
      refused += 1;
      continue;
    }
    review.push({ ...pair, reason: 'band' });
  }
  // Cluster ids: the smallest record index of each component, so results do not depend on merge order.
  const clusterOf = new Int32Array(n);
  const smallest = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const root = find(i);
    if (!smallest.has(root)) smallest.set(root, i);
    clusterOf[i] = smallest.get(root)!;
  }
  return { clusterOf, merged, review, refusedOneToOne: refused };
}
