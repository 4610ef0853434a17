// Corpus evidence for boilerplate: a line that recurs in several different articles of one outlet,
// feed or site is page chrome even when no pattern knows it ("Most popular", a sign-off blurb).
// The batch also says which outlets and places exist: its feeds and pages name outlets in metadata.
import type { ArticleDraft } from '../core/types.js';
import { namedPlaces } from './dateline.js';
import { splitParagraphs } from './paragraphs.js';

/** How often each masked line recurs, per corpus key ("group:…", "outlet:…", "host:…"). */
export interface BoilerplateEvidence {
  /** key → masked line → number of mutually different articles that carry it (only counts ≥ 2). */
  readonly recurring: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * Outlet names the batch has from metadata — HTML meta, JSON fields, feed titles — so a text
   * scrape's sign-off "Daily Planet FM — on air…" can be matched to the feed called "Daily Planet".
   */
  readonly knownOutlets: readonly string[];
  /** Lowercased places the batch names after "in" ("in Springfield") → how many drafts name them. */
  readonly places: ReadonlyMap<string, number>;
}

export const EMPTY_EVIDENCE: BoilerplateEvidence = { recurring: new Map(), knownOutlets: [], places: new Map() };

/** Outlet provenance strong enough to vouch for a name: the reader found it in metadata. */
const METADATA_SOURCES: ReadonlySet<string> = new Set(['html-meta', 'json', 'feed']);

function gatherKnownOutlets(drafts: readonly ArticleDraft[]): string[] {
  const names = new Map<string, string>();
  for (const d of drafts) {
    if (d.outlet && METADATA_SOURCES.has(d.outlet.from)) {
      // The first spelling met stands for the name: "Planet FM" and "planet fm" are one outlet.
      const name = d.outlet.value.trim();
      if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
    }
  }
  return [...names.values()];
}

function gatherPlaces(drafts: readonly ArticleDraft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    for (const place of namedPlaces(d.body)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}

/** Lowercase, collapsed whitespace, digits masked: "© 2025 X" and "© 2026 X" are one line. */
export function maskLine(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').replace(/\d/g, '#').trim();
}

/** The corpus groups a draft belongs to: its feed/file group, its outlet, its web host. */
export function corpusKeys(draft: ArticleDraft): string[] {
  const keys: string[] = [];
  if (draft.group) keys.push(`group:${draft.group}`);
  if (draft.outlet) keys.push(`outlet:${draft.outlet.value.toLowerCase().trim()}`);
  if (draft.url && URL.canParse(draft.url)) {
    keys.push(`host:${new URL(draft.url).hostname.toLowerCase().replace(/^www\./, '')}`);
  }
  return keys;
}

/**
 * Wire copies and re-posts share nearly all their lines, so a line they share proves nothing.
 * Two articles count as different when under half of the smaller one's lines are shared:
 * boilerplate is a few lines, a copied story is most of them.
 */
const NEAR_DUPLICATE_SHARE = 0.5;
/** Enough to say "recurs in N articles" honestly without comparing every pair of a big feed. */
const MAX_COUNTED = 20;

function different(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const line of small) if (large.has(line)) shared += 1;
  return small.size === 0 || shared / small.size < NEAR_DUPLICATE_SHARE;
}

export function gatherBoilerplateEvidence(drafts: readonly ArticleDraft[]): BoilerplateEvidence {
  const lineSets = drafts.map((d) => new Set(splitParagraphs(d.body).map(maskLine)));
  const byKey = new Map<string, Map<string, number[]>>();
  drafts.forEach((draft, index) => {
    for (const key of corpusKeys(draft)) {
      let lines = byKey.get(key);
      if (!lines) byKey.set(key, (lines = new Map()));
      for (const line of lineSets[index] ?? []) {
        const holders = lines.get(line);
        if (holders) holders.push(index);
        else lines.set(line, [index]);
      }
    }
  });
  const recurring = new Map<string, Map<string, number>>();
  for (const [key, lines] of byKey) {
    const counts = new Map<string, number>();
    for (const [line, holders] of lines) {
      if (holders.length < 2) continue;
      // Greedy: count an article only if it differs from every article already counted.
      const counted: number[] = [];
      for (const h of holders) {
        const set = lineSets[h] ?? new Set<string>();
        if (counted.every((c) => different(lineSets[c] ?? new Set(), set))) counted.push(h);
        if (counted.length >= MAX_COUNTED) break;
      }
      if (counted.length >= 2) counts.set(line, counted.length);
    }
    if (counts.size > 0) recurring.set(key, counts);
  }
  return { recurring, knownOutlets: gatherKnownOutlets(drafts), places: gatherPlaces(drafts) };
}

/** The strongest recurrence of `line` among `keys`: how many articles, and of which group. */
export function findRecurrence(
  evidence: BoilerplateEvidence,
  keys: readonly string[],
  line: string,
): { count: number; key: string } | null {
  if (!keys.some((k) => evidence.recurring.has(k))) return null;
  const masked = maskLine(line);
  let best: { count: number; key: string } | null = null;
  for (const key of keys) {
    const count = evidence.recurring.get(key)?.get(masked) ?? 0;
    if (count >= 2 && (!best || count > best.count)) best = { count, key };
  }
  return best;
}
