// Loads the entity word lists (lexicon/entity-*.json) once and indexes them for O(1) look-ups,
// so the annotator's per-article cost is token scans and Map hits only.
import { loadLexicon } from '../../config/lexicon.js';
import type { EntityType } from '../../core/annotations.js';

interface TitleLexicon {
  honorifics: string[];
  givenNameTitles: string[];
  titleHeads: string[];
  titleModifiers: string[];
  rankAbbreviations: Record<string, string>;
  leaderTitles: string[];
  roleHeads: string[];
  personalRoleHeads: string[];
  organizationRoleHeads: string[];
}
interface PlaceLexicon {
  countries: { code: string; name: string; aliases: string[]; demonyms: string[]; capital: string | null }[];
  cities: string[];
  regions: string[];
  demonymAdjectives: string[];
}
interface KnownEntity { name: string; type: EntityType; subtype: string; aliases: string[]; country?: string }
interface OrganizationLexicon {
  suffixes: Record<string, string>;
  prefixes: Record<string, string>;
  facilities: string[];
  geographic: string[];
  placePrefixes: string[];
  eventPrefixes: Record<string, string>;
  ofHeads: string[];
  numberedHeads: string[];
  descriptors: Record<string, EntityType>;
  known: KnownEntity[];
}
interface WordLexicon { common: string[]; calendar: string[]; nominalHeads: string[] }

const titles = loadLexicon<TitleLexicon>('entity-titles');
const places = loadLexicon<PlaceLexicon>('entity-places');
const orgs = loadLexicon<OrganizationLexicon>('entity-organizations');
const words = loadLexicon<WordLexicon>('entity-words');
const given = loadLexicon<{ names: string[] }>('entity-given-names');
const families = loadLexicon<{ familyFirst: string[] }>('entity-family-names');

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

const known = new Map<string, KnownName>();
function addKnown(name: string, entry: KnownName): void {
  const key = gazetteerKey(name);
  if (!known.has(key)) known.set(key, entry);
}
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

// Look-ups repeat within and across articles ("China", "Starmer"); a small cache skips re-keying them.
const lookups = new Map<string, KnownName | null>();
export function knownName(name: string): KnownName | null {
  let found = lookups.get(name);
  if (found === undefined) {
    found = known.get(gazetteerKey(name)) ?? null;
    if (lookups.size > 50_000) lookups.clear();
    lookups.set(name, found);
  }
  return found;
}
/** ISO code of a demonym, country name or party: "British" → "GB"; null when the word is none of them. */
export function nationalityOf(word: string): string | null {
  return nationality.get(gazetteerKey(word)) ?? null;
}

const demonyms = new Set<string>(places.demonymAdjectives);
for (const c of places.countries) for (const d of c.demonyms) if (!/^[A-Z.]+$/.test(d)) demonyms.add(d);
/** "Chinese", "British", "Western": adjectives of origin, never an entity by themselves. */
export const isDemonym = (w: string): boolean => demonyms.has(w);

const set = (xs: readonly string[]): Set<string> => new Set(xs);
export const HONORIFICS = set(titles.honorifics);
export const GIVEN_NAME_TITLES = set(titles.givenNameTitles);
export const TITLE_HEADS = set(titles.titleHeads);
export const TITLE_MODIFIERS = set(titles.titleModifiers);
export const RANKS: Readonly<Record<string, string>> = titles.rankAbbreviations;
export const LEADER_TITLES: readonly string[] = titles.leaderTitles;
export const ROLE_HEADS = set(titles.roleHeads);
export const PERSONAL_ROLE_HEADS = set(titles.personalRoleHeads);
export const ORGANIZATION_ROLE_HEADS = set(titles.organizationRoleHeads);
export const ORG_SUFFIXES = new Map(Object.entries(orgs.suffixes));
export const ORG_PREFIXES = new Map(Object.entries(orgs.prefixes));
export const FACILITIES = set(orgs.facilities);
export const GEOGRAPHIC = set(orgs.geographic);
export const PLACE_PREFIXES = set(orgs.placePrefixes);
export const EVENT_PREFIXES = new Map(Object.entries(orgs.eventPrefixes));
export const OF_HEADS = set(orgs.ofHeads);
export const NUMBERED_HEADS = set(orgs.numberedHeads);
export const DESCRIPTORS = new Map(Object.entries(orgs.descriptors));
export const COMMON = set(words.common);
export const CALENDAR = set(words.calendar);
export const NOMINAL_HEADS: readonly string[] = [...words.nominalHeads].sort((a, b) => b.length - a.length);
export const GIVEN_NAMES = set(given.names);
export const FAMILY_FIRST = set(families.familyFirst);
