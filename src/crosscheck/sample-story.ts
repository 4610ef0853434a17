// Bounds the work of one cross-check. Aligning facts compares them in pairs and dating an undated report
// tries it against its siblings, so a story of thousands of articles (a war, a season, a long trial)
// would take minutes — and hold up every other story of the dossier. Past a limit the cross-check reads a
// sample that keeps every independent source's voice and spans the story's days, and the dossier says so.
import type { Article } from '../core/types.js';
import { independentSource } from './evidence.js';
import type { CopyLinks } from './members.js';

/**
 * Articles one cross-check reads. 400 real articles (BASIL + ECB+ forced into one story) take about
 * 4 s on this 2-core machine; 1,000 took 14 s and the cost grows faster than the count.
 */
export const MAX_CHECKED_ARTICLES = 400;

export interface StorySample {
  /** The articles the cross-check reads, in the order given. */
  checked: Article[];
  /** How many of the story's articles were left out (0: the whole story is checked). */
  left: number;
  /** Why and how the story was sampled, for the dossier; null when nothing was left out. */
  why: string | null;
}

/**
 * The articles to cross-check, `articles` in publication order. Originals come before near-copies (a
 * copy adds no independent source); sources take turns, so a prolific outlet cannot crowd out the others;
 * within a source the picks spread over its reports (first, last, then the middles).
 */
export function sampleStory(articles: readonly Article[], copies: CopyLinks, limit = MAX_CHECKED_ARTICLES): StorySample {
  if (articles.length <= limit) return { checked: [...articles], left: 0, why: null };
  const bySource = new Map<string, Article[]>();
  for (const a of articles) {
    if (copies.has(a.id)) continue;
    const source = independentSource(a, null);
    bySource.set(source, [...(bySource.get(source) ?? []), a]);
  }
  const turns = [...bySource.values()].map(spread);
  const chosen = new Set<Article>();
  for (let round = 0; chosen.size < limit && turns.some((t) => round < t.length); round++) {
    for (const t of turns) if (round < t.length && chosen.size < limit) chosen.add(t[round]!);
  }
  for (const a of articles) if (chosen.size < limit) chosen.add(a);
  const checked = articles.filter((a) => chosen.has(a));
  const left = articles.length - checked.length;
  return {
    checked,
    left,
    why:
      `Cross-checked ${checked.length} of the story’s ${articles.length} articles: past ${limit} the comparison would take minutes. ` +
      `Every independent source (${bySource.size}) takes turns and each one’s picks spread over its reports; ` +
      `the other ${left} articles are listed but their claims, quotes and dates are not compared.`,
  };
}

/** The items first and last, then the middles breadth-first: any prefix spans the whole list. */
function spread<T>(items: readonly T[]): T[] {
  if (items.length <= 2) return [...items];
  const out = [items[0]!, items[items.length - 1]!];
  const halves: [number, number][] = [[0, items.length - 1]];
  for (let i = 0; i < halves.length; i++) {
    const [low, high] = halves[i]!;
    if (high - low < 2) continue;
    const mid = (low + high) >>> 1;
    out.push(items[mid]!);
    halves.push([low, mid], [mid, high]);
  }
  return out;
}
