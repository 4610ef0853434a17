// Loads the entity word lists (lexicon/entity-*.json) the first time a name is read and indexes them
// for O(1) look-ups, so the annotator's per-article cost is token scans and Map hits only.
import {
  entityOrganizationsLexicon, entityPlacesLexicon, entityTitlesLexicon, entityWordsLexicon, familyNamesLexicon, givenNamesLexicon,
} from '../../config/lexicons.js';
import type { EntityType } from '../../core/annotations.js';
import { boundedMemo, once } from '../../core/lazy.js';

/** "U.K." and "UK" are one key, and "Xi’an" and "Xi'an"; accents are kept ("Élysée" is listed under both spellings). */
export function gazetteerKey(name: string): string {
  let key = name;
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  return key.toLowerCase();
}

/** What a reader knows about a name before reading the article. */
export interface KnownName {
  canonical: string;
  type: EntityType;
  subtype: string;
  /** ISO country code for countries, and for parties (Labour → GB) so "the Labour leader" finds a Briton. */
  country: string | null;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs);

/** Every entity list, indexed: the gazetteer of known names, nationalities, and the word sets the rules test. */
export const entityLexicon = once(() => {
  const titles = entityTitlesLexicon();
  const places = entityPlacesLexicon();
  const orgs = entityOrganizationsLexicon();
  const words = entityWordsLexicon();

  const known = new Map<string, KnownName>();
  const addKnown = (name: string, entry: KnownName): void => {
    const key = gazetteerKey(name);
    if (!known.has(key)) known.set(key, entry);
  };
  /** Demonym or country form → ISO code: "British" → GB, "UK" → GB, "Chinese" → CN. */
  const nationality = new Map<string, string>();
  for (const c of places.countries) {
    const entry: KnownName = { canonical: c.name, type: 'place', subtype: 'country', country: c.code };
    addKnown(c.name, entry);
    for (const a of c.aliases) addKnown(a, entry);
    for (const n of [c.name, ...c.aliases, ...c.demonyms]) nationality.set(gazetteerKey(n), c.code);
  }
  for (const k of orgs.known) {
    const entry: KnownName = { canonical: k.name, type: k.type, subtype: k.subtype, country: k.country ?? null };
    addKnown(k.name, entry);
    for (const a of k.aliases) addKnown(a, entry);
    if (k.country) for (const n of [k.name, ...k.aliases]) nationality.set(gazetteerKey(n), k.country);
  }
  for (const c of places.cities) addKnown(c, { canonical: c, type: 'place', subtype: 'city', country: null });
  for (const r of places.regions) addKnown(r, { canonical: r, type: 'place', subtype: 'region', country: null });

  const demonyms = new Set<string>(places.demonymAdjectives);
  for (const c of places.countries) for (const d of c.demonyms) if (!/^[A-Z.]+$/.test(d)) demonyms.add(d);

  return {
    known,
    nationality,
    demonyms,
    honorifics: set(titles.honorifics),
    givenNameTitles: set(titles.givenNameTitles),
    titleHeads: set(titles.titleHeads),
    titleModifiers: set(titles.titleModifiers),
    ranks: titles.rankAbbreviations,
    leaderTitles: titles.leaderTitles,
    roleHeads: set(titles.roleHeads),
    personalRoleHeads: set(titles.personalRoleHeads),
    organizationRoleHeads: set(titles.organizationRoleHeads),
    affiliations: set(titles.affiliations),
    orgSuffixes: new Map(Object.entries(orgs.suffixes)),
    orgPrefixes: new Map(Object.entries(orgs.prefixes)),
    facilities: set(orgs.facilities),
    geographic: set(orgs.geographic),
    placePrefixes: set(orgs.placePrefixes),
    eventPrefixes: new Map(Object.entries(orgs.eventPrefixes)),
    ofHeads: set(orgs.ofHeads),
    numberedHeads: set(orgs.numberedHeads),
    descriptors: new Map(Object.entries(orgs.descriptors)),
    common: set(words.common),
    calendar: set(words.calendar),
    nominalHeads: [...words.nominalHeads].sort((a, b) => b.length - a.length),
    givenNames: set(givenNamesLexicon().names),
    familyFirst: set(familyNamesLexicon().familyFirst),
  };
});

export type EntityLexicon = ReturnType<typeof entityLexicon>;

// Look-ups repeat within and across articles ("China", "Starmer"); a small memo skips re-keying them.
/** What the gazetteer knows about a name, or null. */
export const knownName = boundedMemo((name: string): KnownName | null => entityLexicon().known.get(gazetteerKey(name)) ?? null, 50_000);

/** ISO code of a demonym, country name or party: "British" → "GB"; null when the word is none of them. */
export function nationalityOf(word: string): string | null {
  return entityLexicon().nationality.get(gazetteerKey(word)) ?? null;
}

/** "Chinese", "British", "Western": adjectives of origin, never an entity by themselves. */
export const isDemonym = (w: string): boolean => entityLexicon().demonyms.has(w);
