// One figure counted under two names: "at least 544 pilots who serve as harbour masters" / "at least 544
// harbour masters". The units differ ("pilot", "master") and need not be related words, but one sentence
// names the other's unit beside the same figure, given with the same qualifier: one count, described by who
// they are in one outlet and by what they do in the other. Equal figures never conflict, so the rule can only
// corroborate; it asks for an exact match of figure and qualifier, and a figure of some size, to stay rare.
import type { QuantityFact } from './facts.js';
import { collectByRoot, rootFinder } from './union-find.js';

/** Figures this small recur in one story for unrelated things ("two pilots", "three ferries"). */
const MIN_VALUE = 10;
const MAX_POSTING = 40;
/** Units that are no noun a sentence names: a share, a vote, a sum. */
const NOT_NOUNS = new Set(['percent', 'tally', '€', '$', '£']);

export function renamedFigure(f: QuantityFact, g: QuantityFact): boolean {
  const [a, b] = [f.quantity, g.quantity];
  if (f.unit === g.unit || NOT_NOUNS.has(f.unit) || NOT_NOUNS.has(g.unit)) return false;
  if (a.value !== b.value || a.high !== b.high || a.qualifier !== b.qualifier || Math.abs(a.value) < MIN_VALUE) return false;
  if (f.member.article.id === g.member.article.id) return false;
  return f.context.has(g.unit) || g.context.has(f.unit);
}

/** Joins groups of figures (grouped by unit) that hold one figure counted under two names. */
export function joinRenamedFigures(groups: readonly QuantityFact[][]): QuantityFact[][] {
  const parent = groups.map((_, i) => i);
  const find = rootFinder(parent);
  // Only facts of one figure and qualifier are compared: a story has few of each.
  const byFigure = new Map<string, { fact: QuantityFact; group: number }[]>();
  groups.forEach((group, i) => {
    for (const fact of group) {
      const q = fact.quantity;
      if (Math.abs(q.value) < MIN_VALUE) continue;
      const key = `${q.value}|${q.high}|${q.qualifier}`;
      const posting = byFigure.get(key);
      if (posting) posting.push({ fact, group: i });
      else byFigure.set(key, [{ fact, group: i }]);
    }
  });
  for (const posting of byFigure.values()) {
    // A figure stated this often in one story is a refrain, not one count under two names.
    if (posting.length > MAX_POSTING) continue;
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < posting.length; y++) {
        const [p, q] = [posting[x]!, posting[y]!];
        const [rp, rq] = [find(p.group), find(q.group)];
        if (rp !== rq && renamedFigure(p.fact, q.fact)) parent[rq] = rp;
      }
    }
  }
  return collectByRoot(groups.length, find, (i) => groups[i]!);
}
