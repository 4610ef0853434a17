// A story's entities: each article's entities merged into one list across its outlets, since one outlet
// writes "Scott P. Brown", another "Scott Brown" and a third only "Brown"; one types "Harlow" a place ("at
// Harlow") and another "Harlow Stores Inc." a company; one writes "the Rifle League", another "RLA".
//
// Steps, each with its example:
//   1. the same name (case, a leading "The" and a final period aside) is one entity, whatever each
//      article typed it ("Vanity Row" place in one, other in another);
//   2. people with the same given and family name are one: middle names and initials, generational
//      suffixes and honorifics aside ("Scott P. Brown" = "Scott Brown", "Jesse Lund Jr." = "Jesse Lund"), and a
//      leading initial ("A. Barry Rand" = "Barry Rand");
//   3. a family name alone joins the one person it names in the story ("Brown"), or, when the story names
//      several, the one most mentioned; a one-letter slip joins too ("Hutchison" → "Asa Hutchinson");
//   4. an organisation's short form joins it: company words after it ("Harlow" → "Harlow Stores Inc."),
//      a country before it ("Supreme Court" → "U.S. Supreme Court"), its last word alone ("the Ledger" →
//      "The Valeport Ledger"), its acronym ("RLA" → "Rifle League of America");
//   5. the type is the one most articles gave (an acronym is an organisation), the name the full form most
//      outlets write, then a person's plain name (no initials, no suffix), then the fullest,
//      the aliases every other form plus a person's family name (unless another person of the story bears
//      it), the roles all roles.
import { givenNamesLexicon } from '../../config/lexicons.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { once } from '../../core/lazy.js';
import { abbreviates, acronymLetters } from './acronyms.js';
import { entityLexicon, knownName } from './lexicon.js';
import { familyIndex } from './resolve.js';

/** One entity of a story, as the dossier lists it. */
export interface StoryEntity {
  name: string;
  type: EntityType;
  roles: string[];
  aliases: string[];
  articleIds: string[];
}

interface Item {
  entity: Entity;
  articleId: string;
}

interface Group {
  items: Item[];
  /** The forms of the name, folded key → the form as written (first seen). */
  forms: Map<string, string>;
  /** Every form of the name as written ("Wall Street Journal", "The Wall Street Journal"). */
  written: Set<string>;
  type: EntityType;
  mentions: number;
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase();

/** The name's words without a leading "The", honorifics and titles, or a final period: "The Valeport Ledger" → ["Valeport", "Ledger"]. */
function nameWords(name: string): string[] {
  const lex = entityLexicon();
  const words = name.replace(/\.$/, '').split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && (/^the$/i.test(words[i]!) || lex.honorifics.has(words[i]!) || lex.titleHeads.has(words[i]!))) i++;
  return words.slice(i);
}

const keyOf = (name: string): string => fold(nameWords(name).join(' ')).replace(/\./g, '');

/** Given names by their short forms, folded: "mike" → "michael". */
const formalNames = once(() => new Map(Object.entries(givenNamesLexicon().nicknames).map(([nick, formal]) => [fold(nick), fold(formal)])));

/** A person's name with no initial and no generational suffix: "Bob Goodlatte", not "Robert W. Goodlatte", "A. Barry Rand" or "Jesse Lund Jr.". */
function isPlainName(name: string): boolean {
  const words = nameWords(name);
  return !words.some((w, i) => (i < words.length - 1 && /^\p{Lu}\.?$/u.test(w)) || GENERATION.test(fold(w).replace(/[.,]/g, '')));
}

/** A person's given and family name, folded: "Joseph R. Biden Jr." → ["joseph", "biden"], "Mike Hale" → ["michael", "hale"]; null for one word. */
function givenAndFamily(name: string): [string, string] | null {
  const words = nameWords(name).map((w) => fold(w).replace(/\./g, '')).filter((w) => !GENERATION.test(w));
  // "A. Barry Rand" goes by his middle name: a leading initial before two names is no given name.
  if (words.length >= 3 && words[0]!.length === 1) words.shift();
  if (words.length < 2) return null;
  return [formalNames().get(words[0]!) ?? words[0]!, words[words.length - 1]!];
}

/** The family name of a person's name as written ("Jesse Lund Jr." → "Lund"). */
function familyName(name: string): string {
  const words = nameWords(name);
  return words[familyIndex(words)] ?? name;
}

/** Levenshtein distance at most one: a letter added, dropped or changed ("Cowen" / "Cowan"). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The type most items gave ("other" counts least); an acronym alone is an organisation. */
function voteType(g: Group): EntityType {
  const votes: Record<EntityType, number> = { person: 0, organization: 0, place: 0, other: 0 };
  for (const { entity } of g.items) votes[entity.type] += entity.type === 'other' ? 0.5 : 1;
  const forms = [...g.forms.values()];
  if (forms.every((f) => acronymLetters(f) !== null && knownName(f)?.type !== 'place')) return votes.place > votes.organization ? 'place' : 'organization';
  let best: EntityType = 'other';
  for (const t of ['organization', 'person', 'place', 'other'] as const) if (votes[t] > votes[best]) best = t;
  return best;
}

/** Merges the entities of a story's articles (given in reading order) into the story's entities. */
export function mergeStoryEntities(articles: readonly { id: string; entities: readonly Entity[] }[]): StoryEntity[] {
  const lex = entityLexicon();
  // Step 1: one group per folded name.
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const a of articles) {
    for (const entity of a.entities) {
      const key = keyOf(entity.name);
      if (!key) continue;
      let g = byKey.get(key);
      if (!g) {
        g = { items: [], forms: new Map(), written: new Set(), type: 'other', mentions: 0 };
        byKey.set(key, g);
        groups.push(g);
      }
      g.items.push({ entity, articleId: a.id });
      g.mentions += entity.mentions.length;
      if (!g.forms.has(key)) g.forms.set(key, entity.name);
      g.written.add(entity.name);
    }
  }
  for (const g of groups) g.type = voteType(g);

  const parent = new Map<Group, Group>(groups.map((g) => [g, g]));
  const root = (g: Group): Group => {
    let r = g;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const join = (from: Group, into: Group): void => {
    const [a, b] = [root(from), root(into)];
    if (a !== b) parent.set(a, b);
  };
  const nameOf = (g: Group): string => [...g.forms.values()][0]!;
  const words = (g: Group): string[] => nameWords(nameOf(g));
  const multi = groups.filter((g) => words(g).length >= 2);

  // Organisations and places that share a name of two words or more in some article are one: "U.S. Supreme
  // Court" and "United States Supreme Court" both written "Supreme Court".
  const byAlias = new Map<string, Group>();
  for (const g of groups) {
    if (g.type === 'person') continue;
    for (const { entity } of g.items) {
      for (const m of entity.mentions) {
        if (m.kind !== 'name' || !/\s/.test(m.text.trim())) continue;
        const key = keyOf(m.text);
        const other = byAlias.get(key);
        if (other && other.type !== 'person') join(g, other);
        else byAlias.set(key, g);
      }
    }
  }

  // Step 2: people with the same given and family name.
  const people = multi.filter((g) => g.type === 'person');
  const byPerson = new Map<string, Group>();
  for (const g of people) {
    const gf = givenAndFamily(nameOf(g));
    if (!gf) continue;
    const key = gf.join(' ');
    const first = byPerson.get(key);
    if (first) join(g, first);
    else byPerson.set(key, g);
  }

  // Steps 3 and 4: single words and short forms.
  for (const g of groups) {
    const w = words(g);
    // A place the gazetteer knows stays itself; one only read as a place ("at Harlow") may be a company's short form.
    const knownPlace = knownName(nameOf(g))?.type === 'place';
    if (w.length === 1 && !knownPlace) {
      const word = fold(w[0]!).replace(/\./g, '');
      const target = (g.type !== 'place' ? personOf(word, people, root) : null) ?? organizationOf(w[0]!, multi, root);
      if (target) {
        join(g, target);
        continue;
      }
    }
    if (g.type === 'person' || knownPlace) continue;
    // "Harlow" → "Harlow Stores", "Harlow Stores Inc.": the longer names add company words only;
    // "Supreme Court" → "U.S. Supreme Court": they add a country before it.
    const base = w.map(fold).join(' ');
    for (const o of multi) {
      const ow = words(o);
      if (o === g || ow.length <= w.length || o.type === 'person') continue;
      const companyWords = ow.slice(0, w.length).map(fold).join(' ') === base && ow.slice(w.length).every((x) => lex.orgSuffixes.get(x.replace(/\.$/, '')) === 'company');
      const placeBefore = g.type !== 'place' && (g.type !== 'other' || o.type === 'organization') && ow.slice(ow.length - w.length).map(fold).join(' ') === base && knownName(ow.slice(0, ow.length - w.length).join(' '))?.type === 'place';
      if (companyWords || placeBefore) join(g, o);
    }
  }

  // Step 5: the merged entities in order of first mention.
  const merged = new Map<Group, Group[]>();
  for (const g of groups) {
    const r = root(g);
    merged.set(r, [...(merged.get(r) ?? []), g]);
  }
  const entities = [...merged.values()].map((members) => toStoryEntity(members));
  // "Mark Mattioli" and his son "James Mattioli": a family name two persons of the story share is an
  // alias only of the one an outlet wrote it for (a bare "Mattioli" joined to him in step 3).
  const families = new Map<string, number>();
  for (const e of entities) if (e.type === 'person' && nameWords(e.name).length >= 2) families.set(familyName(e.name), (families.get(familyName(e.name)) ?? 0) + 1);
  const shared = new Set([...families].filter(([, n]) => n > 1).map(([f]) => f));
  return shared.size === 0 ? entities : [...merged.values()].map((members) => toStoryEntity(members, shared));
}

/** The person a single word names: the one person whose family name it is, else the most mentioned one. */
function personOf(word: string, people: readonly Group[], root: (g: Group) => Group): Group | null {
  const exact = people.filter((p) => fold(familyName([...p.forms.values()][0]!)).replace(/\./g, '') === word);
  const near = exact.length > 0 || word.length < 5 ? exact : people.filter((p) => {
    const family = fold(familyName([...p.forms.values()][0]!));
    return family[0] === word[0] && oneEditApart(family, word);
  });
  const roots = [...new Set(near.map(root))];
  if (roots.length === 0) return null;
  if (roots.length === 1) return roots[0]!;
  const count = (r: Group): number => near.filter((p) => root(p) === r).reduce((n, p) => n + p.mentions, 0);
  const ranked = roots.sort((a, b) => count(b) - count(a));
  return count(ranked[0]!) > count(ranked[1]!) ? ranked[0]! : null;
}

/** The organisation a single word shortens: the one whose last word or acronym it is ("Ledger", "RLA"). */
function organizationOf(word: string, multi: readonly Group[], root: (g: Group) => Group): Group | null {
  const acronym = acronymLetters(word) !== null;
  const fits = multi.filter((o) => {
    if (o.type === 'person' || o.type === 'place') return false;
    const ow = nameWords([...o.forms.values()][0]!);
    return acronym ? abbreviates(word, ow) : fold(ow[ow.length - 1]!) === fold(word) && o.type === 'organization';
  });
  const roots = [...new Set(fits.map(root))];
  return roots.length === 1 ? roots[0]! : null;
}

function toStoryEntity(members: readonly Group[], sharedFamilies: ReadonlySet<string> = new Set()): StoryEntity {
  const items = members.flatMap((g) => g.items);
  const all: Group = { items, forms: new Map(members.flatMap((g) => [...g.forms])), written: new Set(), type: 'other', mentions: 0 };
  const type = voteType(all);
  const forms = [...new Set(members.flatMap((g) => [...g.written]))];
  // The name most outlets write in full ("Scott Brewer" in two, "Scott P. Brewer" in one), then a
  // person's plain name, as written, over one with a middle initial or a generational suffix ("Bob
  // Goodlatte" over "Robert W. Goodlatte", "Jesse Lund" over "Jesse Lund Jr."), then the fullest: most
  // words, then longest ("Joseph R. Biden Jr." over "Biden").
  const outlets = new Map<string, Set<string>>();
  for (const { entity, articleId } of items) outlets.set(entity.name, (outlets.get(entity.name) ?? new Set()).add(articleId));
  const score = (f: string): number[] => {
    const n = f.split(/\s+/).length;
    return [n >= 2 ? outlets.get(f)?.size ?? 0 : -1, type === 'person' && isPlainName(f) ? 1 : 0, n, f.length];
  };
  const name = forms.reduce((best, f) => {
    const [a, b] = [score(f), score(best)];
    const k = a.findIndex((x, i) => x !== b[i]);
    return k >= 0 && a[k]! > b[k]! ? f : best;
  });
  const aliases: string[] = [];
  const seen = new Set<string>([name.toLowerCase()]);
  const add = (a: string): void => {
    if (!seen.has(a.toLowerCase())) [seen.add(a.toLowerCase()), aliases.push(a)];
  };
  for (const f of forms) add(f);
  // "The Valeport Ledger" is "the Ledger" for short.
  const last = nameWords(name).at(-1);
  if (type === 'organization' && nameWords(name).length > 1) for (const f of forms) if (f === last) add(`the ${f}`);
  // A person's family name, unless it names a place or body the gazetteer knows ("Michael Jordan" ≠ "Jordan")
  // or another person of the story bears it too (then only a form written for this one gives it).
  const family = familyName(name);
  const sharedFamily = type === 'person' && sharedFamilies.has(family);
  for (const { entity } of items) for (const a of entity.aliases) if (!(sharedFamily && a === family)) add(a);
  if (type === 'person' && !sharedFamily && nameWords(name).length >= 2 && (knownName(family) === null || knownName(family)!.type === 'person')) add(family);
  const roles: string[] = [];
  const seenRoles = new Set<string>();
  for (const { entity } of items) {
    for (const r of entity.roles) if (!seenRoles.has(r.toLowerCase())) [seenRoles.add(r.toLowerCase()), roles.push(r)];
  }
  return { name, type, roles, aliases, articleIds: [...new Set(items.map((i) => i.articleId))] };
}
