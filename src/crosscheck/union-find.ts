// The root finder shared by the cross-check's two union-finds (fact groups, quote ledger entries). It is a
// loop, not a recursion: a deep chain of unions must never blow the stack.

/**
 * The root finder of the forest `parent` (parent[i] === i at a root), iterative with path halving. A
 * recursive find follows the whole chain of unions: when every fact links only to the last one, each union
 * puts the previous root under the next fact, and 20,000 such facts overflowed the stack.
 */
export function rootFinder(parent: number[]): (i: number) => number {
  return (i) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
}

/** The members of each tree of the forest, `itemsAt(i)` standing for index i (a fact, or a whole group's facts). */
export function collectByRoot<T>(count: number, find: (i: number) => number, itemsAt: (i: number) => readonly T[]): T[][] {
  const out = new Map<number, T[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const members = out.get(root);
    if (members) members.push(...itemsAt(i));
    else out.set(root, [...itemsAt(i)]);
  }
  return [...out.values()];
}
