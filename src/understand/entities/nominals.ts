// Links descriptions to people: "the prime minister", "the British leader", "the UK prime minister",
// "the Labour leader" → the one person whose roles match (nationality from demonyms, countries and parties).
// When several match, the article's dominant person (≥3 name mentions, ≥2× the next) is taken; else none.
import type { EntityMention } from '../../core/annotations.js';
import { once } from '../../core/lazy.js';
import { entityLexicon, nationalityOf } from './lexicon.js';
import type { Group } from './resolve.js';

export interface Nominal extends EntityMention {
  group: Group;
}

const MODIFIERS = /^(?:new|current|visiting|outgoing|incoming|former|then)$/i;
// "the" + up to two modifier words + a role head, not followed by a name or "of" ("the head of …").
const nominalPattern = once(() => {
  const heads = entityLexicon().nominalHeads.map((h) => h.replace(/ /g, '\\s+')).join('|');
  // A modifier word is letters, or an initialism ("U.S."): no sentence's closing stop ("the firm. The …").
  return new RegExp(`\\b([Tt]he)\\s+((?:(?:(?:\\p{L}\\.){2,}|[\\p{L}’'-]+)\\s+){0,2}?)(${heads})\\b(?!\\s+(?:of\\b|\\p{Lu}))`, 'gu');
});

/** ISO codes named in a role: "British Prime Minister" → GB, "China’s second-ranked official" → CN. */
function nationalitiesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.split(/\s+/)) {
    const code = nationalityOf(w.replace(/['’]s$/, ''));
    if (code) out.add(code);
  }
  return out;
}

function matchesHead(role: string, head: string): boolean {
  const r = ` ${role.toLowerCase()} `;
  if (head === 'leader') return entityLexicon().leaderTitles.some((t) => r.includes(` ${t} `) && !r.includes(` vice ${t} `) && !r.includes(` deputy ${t} `));
  if (!r.includes(` ${head} `)) return false;
  if (head === 'minister' && r.includes(' prime minister ')) return false;
  if (head === 'general' && r.includes(' attorney general ')) return false;
  return !r.includes(` vice ${head} `) && !r.includes(` deputy ${head} `);
}

/**
 * Nominal mentions linked to person groups. `taken` holds the spans of name mentions and of roles read
 * from appositions, where "the head of China’s parliament" describes rather than refers.
 */
export function linkNominals(text: string, groups: readonly Group[], taken: readonly [number, number][], sentenceOf: (offset: number) => number): Nominal[] {
  const people = groups.filter((g) => g.type === 'person');
  if (people.length === 0) return [];
  const mentions = (g: Group): number => g.candidates.length;
  const personEnds = new Set(people.flatMap((g) => g.candidates.map((c) => c.end)));
  const out: Nominal[] = [];
  for (const m of text.matchAll(nominalPattern())) {
    const start = m.index;
    const end = start + m[0].length;
    // A name inside the description that is not a nationality ("the Starmer government") blocks it.
    if (taken.some(([a, b]) => start < b && end > a && nationalityOf(text.slice(a, b)) === null)) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    if (before === ', ' && personEnds.has(start - 2)) continue; // an apposition: "Maren Okoro, the head of …"
    const modifiers = m[2]!.trim().split(/\s+/).filter(Boolean);
    const head = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const wanted = new Set<string>();
    let unknownModifier = false;
    for (const mod of modifiers) {
      const code = nationalityOf(mod);
      if (code) wanted.add(code);
      else if (!MODIFIERS.test(mod)) unknownModifier = true;
    }
    if (unknownModifier) continue;
    let candidates = people.filter((g) => g.candidates.some((c) => c.roles.some((r) => matchesHead(r, head))));
    if (wanted.size > 0) {
      candidates = candidates.filter((g) => g.candidates.some((c) => c.roles.some((r) => matchesHead(r, head) && [...nationalitiesOf(r)].some((n) => wanted.has(n)))));
    }
    let chosen: Group | null = candidates.length === 1 ? candidates[0]! : null;
    if (candidates.length > 1) {
      const ranked = [...candidates].sort((a, b) => mentions(b) - mentions(a));
      if (mentions(ranked[0]!) >= 3 && mentions(ranked[0]!) >= 2 * mentions(ranked[1]!)) chosen = ranked[0]!;
    }
    if (!chosen) continue;
    out.push({ start, end, text: m[0], kind: 'nominal', sentence: sentenceOf(start), group: chosen });
  }
  return out;
}
