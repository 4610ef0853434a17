// Write-once values and bounded memos: the only state a pure stage keeps between calls. A word list's
// derived tables are built the first time a rule needs them (a command that never annotates never
// reads them), and a pure function asked about every token remembers its answers, up to a bound.

/** A getter that computes its value on the first call and returns the same value after (never undefined). */
export function once<T extends {} | null>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value === undefined ? (value = make()) : value);
}

/**
 * `compute` remembered per key (answers are never undefined). The memo is emptied when it reaches `limit`
 * entries (a news vocabulary rarely does), so memory stays bounded on a long run; answers never change,
 * only their cost.
 */
export function boundedMemo<K, V extends {} | null>(compute: (key: K) => V, limit: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
