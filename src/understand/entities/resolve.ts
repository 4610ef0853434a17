// Groups an article's name mentions into entities: exact names and gazetteer aliases together ("UK",
// "U.K.", "Britain"), then single words to the one fuller name they shorten ("Starmer" → "Keir Starmer",
// "Xi" → "Xi Jinping", "Halvard" → "Halvard Yards"); a word that fits two names stays on its own.
import type { EntityType } from '../../core/annotations.js';
import { boundedMemo } from '../../core/lazy.js';
import { entityLexicon, knownName, type EntityLexicon, type KnownName } from './lexicon.js';
import { shownIndex, type Candidate } from './runs.js';
import type { Word } from './words.js';
import { isSpeechVerb } from '../../text/index.js';
import { abbreviates, acronymLetters } from './acronyms.js';

export interface Group {
  candidates: Candidate[];
  known: KnownName | null;
  name: string;
  type: EntityType;
  subtype: string | null;
}

/** Generational suffixes that follow a family name: "Jesse Lund Jr.", "Arvid Holm III". */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV|V)$/;

/** Index of the family name: "Xi Jinping" → 0 (family name first), "Keir Starmer" → 1, "Jesse Lund Jr." → 1. */
export function familyIndex(core: readonly string[], lex: EntityLexicon = entityLexicon()): number {
  if (core.length >= 2 && core.length <= 3 && lex.familyFirst.has(core[0]!) && !lex.givenNames.has(core[0]!)) return 0;
  return core.length >= 2 && GENERATION.test(core[core.length - 1]!) ? core.length - 2 : core.length - 1;
}

const isGeneric = (w: string, lex: EntityLexicon): boolean =>
  lex.orgSuffixes.has(w) || lex.facilities.has(w) || lex.geographic.has(w) || lex.placePrefixes.has(w);

/** How well a shorter name fits a longer one: 2 = family name / name head, 1 = another part, 0 = not. */
function fit(short: readonly string[], long: readonly string[], shortIsPlace: boolean): number {
  if (short.length >= long.length) return 0;
  const lex = entityLexicon();
  // "Karsland" in "Karsland Infrastructure Fund", "Port Elan" in "Port Elan Harbour Authority": a place that
  // names an organisation is not a short form of it; "Halvard" is of "Halvard Yards" (name + one generic word).
  if (isGeneric(long[long.length - 1]!, lex) && short.every((w, i) => long[i] === w)) {
    return !shortIsPlace && long.length - short.length === 1 ? 2 : 0;
  }
  if (short.length === 1) {
    const w = short[0]!;
    if (isGeneric(w, lex)) return 0;
    if (long[familyIndex(long, lex)] === w) return 2;
    return long.includes(w) ? 1 : 0;
  }
  // Contiguous part with a non-generic word: "Meteorological Office" in "Velsand Meteorological Office".
  const joined = ` ${long.join(' ')} `;
  if (joined.includes(` ${short.join(' ')} `) && short.some((w) => !isGeneric(w, lex))) return 2;
  // "Keir Starmer" ≈ "Keir Rodney Starmer": same first and last words.
  return short[0] === long[0] && short[short.length - 1] === long[long.length - 1] ? 2 : 0;
}

export function groupCandidates(candidates: readonly Candidate[], looksLikePlace: (c: Candidate) => boolean): Group[] {
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const c of candidates) {
    const known = knownName(c.core.join(' '));
    const key = known ? `known:${known.canonical}` : c.core.join(' ');
    let g = byKey.get(key);
    if (!g) {
      g = { candidates: [], known, name: '', type: 'other', subtype: null };
      byKey.set(key, g);
      groups.push(g);
    }
    g.candidates.push(c);
  }
  // Shorter unknown names join the one longer name they fit best.
  const longestOf = new Map<Group, string[]>();
  for (const g of groups) longestOf.set(g, g.candidates.reduce((a, c) => (c.core.length > a.length ? c.core : a), [] as string[]));
  const longest = (g: Group): string[] => longestOf.get(g)!;
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.known) continue;
    const core = longest(g);
    const isPlace = g.candidates.some(looksLikePlace);
    let best = 0;
    let target: Group | null = null;
    let tie = false;
    for (const other of groups) {
      if (other === g || merged.has(other) || other.known?.type === 'place') continue;
      const score = fit(core, longest(other), isPlace);
      if (score > best) [best, target, tie] = [score, other, false];
      else if (score === best && score > 0 && other !== target) tie = true;
    }
    if (target && !tie) {
      target.candidates.push(...g.candidates);
      merged.add(g);
    }
  }
  // "NRA" joins "National Rifle Association" when its letters are that name's initials (and no other's).
  for (const g of groups) {
    const core = longest(g);
    if (g.known || merged.has(g) || core.length !== 1 || acronymLetters(core[0]!) === null) continue;
    const targets = groups.filter((o) => o !== g && !merged.has(o) && abbreviates(core[0]!, longest(o)));
    if (targets.length === 1) {
      targets[0]!.candidates.push(...g.candidates);
      merged.add(g);
    }
  }
  const out = groups.filter((g) => !merged.has(g));
  for (const g of out) g.candidates.sort((a, b) => a.start - b.start);
  // A title + first name ("President Joe") that joined no one is not a name.
  for (const g of out) if (g.candidates.every((c) => c.fragment)) g.candidates = [];
  return out.filter((g) => g.candidates.length > 0).sort((a, b) => a.candidates[0]!.start - b.candidates[0]!.start);
}

/** isSpeechVerb, remembered: the same few words ("said", "the", "in") sit next to most names. */
const isSpeech = boundedMemo((word: string): boolean => /^\p{Ll}/u.test(word) && isSpeechVerb(word), 10_000);

const PLACE_BEFORE = /^(?:in|at|from|into|near|across|outside|between|towards|toward|via|around|to|of)$/;

const PLACE_PREPOSITION = /^(?:in|at|from|into|near|across|between|towards|toward|via)$/;
const DIRECTION = /^(?:northern|southern|eastern|western|central|north|south|east|west)$/;

/**
 * Place evidence a short name shows on its own, before grouping: "to Brekka", "across northern Velsand",
 * "Karsland’s Foreign Minister", "between Port Elan and Brekka", and "the Brekka ferry" (a name used as a
 * modifier is a place or a thing, not the short form of the organisation "Brekka Line").
 */
export function looksLikePlace(text: string, words: readonly Word[], all: readonly Candidate[]): (c: Candidate) => boolean {
  const test = (c: Candidate, depth: number): boolean => {
    if (c.ownsTitle || c.dateline || knownName(c.core.join(' '))?.type === 'place') return true;
    const at = shownIndex(words, c);
    let before = words[at - 1];
    if (before && DIRECTION.test(before.text)) before = words[at - 2];
    if (before !== undefined && before.sentence === c.sentence && PLACE_PREPOSITION.test(before.text)) return true;
    const after = words[c.last + 1];
    if (before?.text === 'the' && after && after.sentence === c.sentence && after.gap === ' ' && !after.cap) return true;
    if (depth === 0 && text.slice(c.start - 5, c.start) === ' and ') {
      const left = all.find((o) => o.end === c.start - 5);
      if (left && test(left, 1)) return true;
    }
    return false;
  };
  return (c) => test(c, 0);
}

/** "Velsand and Karsland", "between Harrowmere and Lindor": a name joined by "and" to a place is a place. */
export function spreadPlaces(text: string, groups: readonly Group[]): void {
  const groupOf = new Map<Candidate, Group>();
  for (const g of groups) for (const c of g.candidates) groupOf.set(c, g);
  const all = [...groupOf.keys()].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < all.length; i++) {
    const [a, b] = [all[i]!, all[i + 1]!];
    if (text.slice(a.end, b.start) !== ' and ') continue;
    const [ga, gb] = [groupOf.get(a)!, groupOf.get(b)!];
    if (ga.type === 'place' && gb.type === 'other') gb.type = 'place';
    else if (gb.type === 'place' && ga.type === 'other') ga.type = 'place';
  }
}

/** Decides a group's type and subtype from everything its mentions show; see the weights' comments. */
export function typeGroup(g: Group, text: string, words: readonly Word[]): void {
  const lex = entityLexicon();
  if (g.known) {
    g.type = g.known.type;
    g.subtype = g.known.subtype;
    return;
  }
  const full = g.candidates.reduce((a, c) => (c.core.length > a.length ? c.core : a), [] as string[]);
  const first = full[0]!;
  // "Great Hall of the People", "Bank of England": the word before "of" is the name's head.
  const of = full.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const last = of > 0 ? full[of - 1]! : full[full.length - 1]!;
  if (full.length > 1 && lex.eventPrefixes.has(first)) {
    g.type = 'other';
    g.subtype = lex.eventPrefixes.get(first)!;
    return;
  }
  const score: Record<EntityType, number> = { person: 0, organization: 0, place: 0, other: 0 };
  let subtype: Partial<Record<EntityType, string>> = {};
  // Name shape: the strongest evidence after a title, since "Customs House" and "Halvard Yards" carry no title.
  if (full.length > 1) {
    if (lex.orgSuffixes.has(last)) [score.organization, subtype.organization] = [4, lex.orgSuffixes.get(last)!];
    else if (/^\d+$/.test(last) && lex.numberedHeads.has(full[full.length - 2]!)) [score.place, subtype.place] = [4, 'facility'];
    else if (lex.facilities.has(last)) [score.place, subtype.place] = [4, 'facility'];
    else if (lex.geographic.has(last)) score.place = 4;
    else if (lex.orgPrefixes.has(first)) [score.organization, subtype.organization] = [3, lex.orgPrefixes.get(first)!];
    else if (lex.placePrefixes.has(first)) score.place = 3;
    if (lex.givenNames.has(first) || familyIndex(full, lex) === 0) score.person += 2;
  } else if (/\.[A-Za-z]{2,3}$/.test(first)) {
    [score.organization, subtype.organization] = [3, 'media']; // "News.Az": a web outlet
  } else if (acronymLetters(first) !== null) {
    score.organization = 6; // "AARP said", "the NRA’s report": an acronym names a body, not a person
  }
  // "the Journal reported", "The Herald said": a single name after an article is not a person's.
  const articled = full.length === 1 && g.candidates.some((c) => /^the$/i.test(words[shownIndex(words, c) - 1]?.text ?? '') && words[shownIndex(words, c)]!.gap === ' ');
  for (const c of g.candidates) {
    if (c.titled) score.person += 5;
    if (c.dateline) score.place += 4;
    if (c.ownsTitle) [score.place, subtype.place] = [score.place + 4, 'country'];
    for (const role of c.roles) {
      // "one of the most influential lobbying groups in Valeport" → "groups" → "group".
      const plural = /([\p{L}-]+)\s*$/u.exec(role.replace(/^one\s+of\s+/iu, '').replace(/\s+(?:of|for|at|in|on|with|from)\s.*$/u, ''))?.[1]?.toLowerCase() ?? '';
      const singular = plural.endsWith('s') ? plural.slice(0, -1) : plural;
      const head = lex.descriptors.has(plural) || lex.personalRoleHeads.has(plural) || lex.organizationRoleHeads.has(plural) ? plural : singular;
      const descriptor = lex.descriptors.get(head);
      if (descriptor) score[descriptor] += 4;
      else if (lex.personalRoleHeads.has(head)) score.person += 3;
      else if (lex.organizationRoleHeads.has(head)) score.organization += 3;
    }
    const before = words[c.first - 1];
    let beforeWord = words[shownIndex(words, c) - 1];
    if (beforeWord && DIRECTION.test(beforeWord.text)) beforeWord = words[beforeWord.index - 1]; // "across northern Velsand"
    if (beforeWord && beforeWord.sentence === c.sentence && PLACE_BEFORE.test(beforeWord.text)) {
      const two = words[beforeWord.index - 1]?.text;
      if (two !== 'according' && !(beforeWord.text === 'to' && /^(?:spoke|talked|said|told|wrote|letter|message|speaking|talking)$/.test(two ?? ''))) {
        score.place += beforeWord.text === 'to' || beforeWord.text === 'of' ? 0.5 : 1;
      }
    }
    const after = words[c.last + 1];
    // "Vanity Row magazine", "the Brekka port": a lower-case noun after the name says what it names.
    const kind = after && after.sentence === c.sentence && after.gap === ' ' && !after.cap ? lex.descriptors.get(after.text) : undefined;
    if (kind === 'organization' || kind === 'place') score[kind] += 5;
    // "Fenwick said …", "… ,” said Edda Marsh." — but not "said Velsand would …", a reported clause's subject.
    const inverted = before && isSpeech(before.text) && before.sentence === c.sentence && /^[,.]/.test(text.slice(c.end, c.end + 1));
    if ((after && after.sentence === c.sentence && after.gap === ' ' && isSpeech(after.text)) || inverted) {
      score.person += 1.5;
    }
  }
  if (articled) score.person = 0;
  let type: EntityType = 'other';
  let best = 0;
  for (const t of ['person', 'organization', 'place'] as const) {
    if (score[t] > best) [best, type] = [score[t], t];
  }
  g.type = type;
  g.subtype = subtype[type] ?? null;
}

/** The fullest form the article uses, without titles; a gazetteer entity prefers its canonical name when used. */
export function nameGroup(g: Group): void {
  const forms = g.candidates.map((c) => c.core.join(' '));
  if (g.known && forms.includes(g.known.canonical)) {
    g.name = g.known.canonical;
    return;
  }
  g.name = forms.reduce((a, f) => {
    const [na, nf] = [a.split(' ').length, f.split(' ').length];
    return nf > na || (nf === na && f.length > a.length) ? f : a;
  });
}
