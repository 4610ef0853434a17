// Named entities of one article — people, organisations, places (facilities included) — with roles read
// from titles and appositions, aliases resolved within the article, and nominal references linked.
//
// Steps, each with the example it handles:
//   1. words with offsets, possessives split off, sentence-initial capitals marked weak (words.ts);
//   2. capitalised runs with connectors become candidates; nationality + title prefixes become roles
//      ("Karsland’s Foreign Minister Anneli Strand"), honorifics stay in the span ("Sir Keir Starmer") (runs.ts);
//   3. weak capitals that are vocabulary are dropped ("Following", "Trade", "Both"), so are demonyms (filter.ts);
//   4. appositions and descriptors add roles (", a spokeswoman for the harbour authority,") (roles.ts);
//   5. mentions group into entities; "Starmer" joins "Keir Starmer", "UK" joins "Britain" (resolve.ts);
//   6. "the prime minister", "the British leader" link to the one matching person (nominals.ts).
import type { AnnotationInput, Entity, EntityMention } from '../../core/annotations.js';
import { filterCandidates } from './filter.js';
import { linkNominals } from './nominals.js';
import { groupCandidates, looksLikePlace, nameGroup, spreadPlaces, typeGroup } from './resolve.js';
import { readRoles } from './roles.js';
import { findCandidates } from './runs.js';
import { scanWords } from './words.js';

export { sameEntityName } from './same-name.js';
export { mergeStoryEntities, type StoryEntity } from './story-entities.js';

/** Entities in order of first mention, ids e1, e2, …; mentions with exact offsets, never overlapping. */
export function findEntities(input: AnnotationInput): Entity[] {
  const { text, sentences } = input;
  const words = scanWords(text, sentences);
  const candidates = filterCandidates(text, words, findCandidates(text, words));
  readRoles(text, words, candidates, sentences.map((s) => s.end));
  let groups = groupCandidates(candidates, looksLikePlace(text, words, candidates));
  for (const g of groups) {
    typeGroup(g, text, words);
    nameGroup(g);
  }
  spreadPlaces(text, groups);
  const taken: [number, number][] = candidates.map((c) => [c.start, c.end]);
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const nominals = linkNominals(text, groups, taken, sentenceOf);
  // "the UK prime minister": a nationality inside a linked description modifies it, it is not a mention.
  for (const g of groups) g.candidates = g.candidates.filter((c) => !nominals.some((n) => n.start <= c.start && c.end <= n.end));
  groups = groups.filter((g) => g.candidates.length > 0);

  const entities: Entity[] = groups.map((g, i) => {
    const mentions: EntityMention[] = g.candidates.map((c) => ({ start: c.start, end: c.end, text: c.text, kind: 'name', sentence: c.sentence }));
    for (const n of nominals) if (n.group === g) mentions.push({ start: n.start, end: n.end, text: n.text, kind: 'nominal', sentence: n.sentence });
    mentions.sort((a, b) => a.start - b.start);
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    if (g.type === 'person' || g.type === 'organization') {
      for (const c of g.candidates) {
        for (const r of c.roles) {
          const key = r.toLowerCase();
          if (!seenRoles.has(key)) [seenRoles.add(key), roles.push(r)];
        }
      }
    }
    const aliases: string[] = [];
    for (const m of mentions) {
      const form = m.kind === 'nominal' ? m.text.replace(/^The\b/, 'the').replace(/\s+/g, ' ') : m.text;
      if (form !== g.name && !aliases.includes(form)) aliases.push(form);
    }
    return { id: `e${i + 1}`, name: g.name, type: g.type, subtype: g.subtype, roles, aliases, mentions };
  });
  return entities;
}
