// Every word list in /lexicon with the shape it must have, in one place: each file is declared once here
// and read (and checked) the first time a rule asks for it. A stage imports the getter of the file it
// reads; what the lists mean is said in each file's "_about" and in lexicon/README.md.
import { FURNITURE_CODES, JUNK_LINE_CODES } from '../core/removal-reasons.js';
import { defineLexicon } from './lexicon.js';
import { list, nullable, number, object, oneOf, optional, record, string } from './lexicon-shape.js';

const words = list(string);
const entityType = oneOf(['person', 'organization', 'place', 'other'] as const);

/** Words that end with a period without ending a sentence (src/understand/sentences.ts and the name scanner). */
export const abbreviationsLexicon = defineLexicon('abbreviations', object({
  titles: words, beforeNumbers: words, other: words, ambiguous: words, continuations: words,
}));

export const verbsLexicon = defineLexicon('verbs', object({
  bases: words,
  irregular: record(object({ past: words, participle: words })),
  speech: words,
  futureMarkers: words,
  pastAuxiliaries: words,
  presentAuxiliaries: words,
}));

export const stopwordsLexicon = defineLexicon('stopwords', object({ words }));
/** Stopwords of 54 other languages by ISO 639-1 code (stopwords-iso). */
export const otherStopwordsLexicon = defineLexicon('stopwords-other', object({ languages: record(words) }));
export const eventNamesLexicon = defineLexicon('event-names', object({ prefixes: words, suffixes: words }));

const linePattern = object({
  code: oneOf(JUNK_LINE_CODES, 'a removal code of src/core/removal-reasons.ts (JUNK_LINE_CODES)'),
  pattern: string,
  flags: optional(string),
  example: string,
});
export const junkPatternsLexicon = defineLexicon('junk-patterns', object({
  lines: list(linePattern), edges: list(linePattern), promoHeadlines: list(linePattern), keep: words,
}));
export const outletCuesLexicon = defineLexicon('outlet-cues', object({
  outlets: list(object({ name: string, names: words, newsletters: words, datelineCredits: words, domains: words })),
  corporateSuffixes: words,
  namingLines: list(object({ role: oneOf(['own', 'origin'] as const), pattern: string, example: string, name: string })),
  mastheadWords: words,
}));
export const datelineCuesLexicon = defineLexicon('dateline-cues', object({ places: words, labels: words, notPlaces: words }));
export const headingCuesLexicon = defineLexicon('heading-cues', object({ speechVerbs: words, clauseWords: words }));

const furniture = oneOf(FURNITURE_CODES, 'a page-furniture code of src/core/removal-reasons.ts (FURNITURE_CODES)');
export const htmlBoilerplateLexicon = defineLexicon('html-boilerplate', object({
  /** Furniture code → regex source tested against an element's class and id. */
  classIdStrong: record(string, furniture),
  classIdProtect: string,
  roles: record(furniture),
  tags: record(furniture),
  lines: words,
}));
export const htmlDatesLexicon = defineLexicon('html-dates', object({ months: list(words), cues: words }));
export const htmlMetadataLexicon = defineLexicon('html-metadata', object({ publishedMetaNames: words }));

/** Opening quotation mark → the marks that close it (`„` → `“`). */
export const quoteMarksLexicon = defineLexicon('quote-marks', object({ closers: record(string) }));
export const quoteCuesLexicon = defineLexicon('quote-cues', object({
  quoteVerbs: words,
  fragmentVerbs: words,
  namingVerbs: words,
  namingAsVerbs: words,
  speakerStops: words,
  accordingTo: words,
  pronouns: record(nullable(oneOf(['m', 'f'] as const))),
  maleCues: words,
  femaleCues: words,
  adverbs: words,
  clauseLeads: words,
}));

export const timeWordsLexicon = defineLexicon('time-words', object({
  months: record(number),
  weekdays: record(number),
  seasons: record(string),
  partsOfDay: record(string),
  numbers: record(number),
  vagueNumbers: words,
  ordinals: record(number),
  units: record(string),
  presentRef: words,
  pastRef: words,
  futureRef: words,
  sets: record(string),
  fixedHolidays: record(string),
  stopYearFollowers: words,
}));

export const entityTitlesLexicon = defineLexicon('entity-titles', object({
  honorifics: words,
  givenNameTitles: words,
  titleHeads: words,
  titleModifiers: words,
  rankAbbreviations: record(string),
  leaderTitles: words,
  roleHeads: words,
  personalRoleHeads: words,
  organizationRoleHeads: words,
  affiliations: words,
}));
export const entityPlacesLexicon = defineLexicon('entity-places', object({
  countries: list(object({ code: string, name: string, aliases: words, demonyms: words, capital: nullable(string) })),
  cities: words,
  regions: words,
  demonymAdjectives: words,
}));
export const entityOrganizationsLexicon = defineLexicon('entity-organizations', object({
  suffixes: record(string),
  prefixes: record(string),
  facilities: words,
  geographic: words,
  placePrefixes: words,
  eventPrefixes: record(string),
  ofHeads: words,
  numberedHeads: words,
  descriptors: record(entityType),
  known: list(object({ name: string, type: entityType, subtype: string, aliases: words, country: optional(string) })),
}));
export const entityWordsLexicon = defineLexicon('entity-words', object({
  common: words, calendar: words, nominalDeterminers: words, nominalHeads: words,
}));
export const givenNamesLexicon = defineLexicon('entity-given-names', object({ names: words, nicknames: record(string) }));
export const familyNamesLexicon = defineLexicon('entity-family-names', object({ familyFirst: words }));

export const claimGrammarLexicon = defineLexicon('claim-grammar', object({
  modals: record(oneOf(['future', 'conditional', 'present'] as const)),
  be: words,
  have: words,
  do: words,
  negations: words,
  adverbs: words,
  futureFrames: words,
  boundaries: words,
  objectStops: words,
  determiners: words,
  locatives: words,
  motionVerbs: words,
  placeObjectVerbs: words,
  infinitiveVerbs: words,
  subjectPronouns: words,
  presentVerbHeads: words,
  complementVerbs: words,
  ingAdjectives: words,
  subordinators: words,
  adjectivalParticiples: words,
  participialNonVerbs: words,
  parentheticalAdverbs: words,
  forObjectVerbs: words,
  againstObjectVerbs: words,
  forecastVerbs: words,
  causativeVerbs: words,
  appositionOpeners: words,
  depictionVerbs: words,
  supportVerbs: record(record(string)),
}));
const qualifier = oneOf(['exact', 'approx', 'more-than', 'less-than', 'at-least', 'at-most', 'nearly', 'up-to', 'range'] as const);
export const claimQuantitiesLexicon = defineLexicon('claim-quantities', object({
  units: record(number),
  tens: record(number),
  scales: record(number),
  currencyScales: record(number),
  vague: record(number),
  dozen: number,
  qualifiers: record(qualifier),
  trailingQualifiers: record(qualifier),
  currencySymbols: record(string),
  currencyWords: record(string),
  percentWords: words,
  unitStops: words,
  yearUnits: words,
  measureWords: words,
  nameBeforeNumber: words,
  months: words,
  timeUnitsAfter: words,
  definiteBefore: words,
}));
export const claimRankingsLexicon = defineLexicon('claim-rankings', object({
  ordinals: record(number), superlatives: words, timeNouns: words, nounStops: words,
}));

export const crosscheckLexicon = defineLexicon('crosscheck', object({
  predicateClasses: record(words),
  verbObjectClasses: record(record(words)),
  objectClasses: record(words),
  exclusivePosts: list(words),
  changingCues: words,
  relationalRoles: words,
  journeyClasses: words,
  destinationClasses: record(words),
  reductionWords: words,
  occasionNouns: words,
  amountLinks: words,
  sumContainers: words,
  vagueWords: words,
}));

/** Set phrases of one meaning that no verb class or WordNet relation ties together (src/crosscheck/idioms.ts). */
export const crosscheckIdiomsLexicon = defineLexicon('crosscheck-idioms', object({ idiomClasses: record(words) }));

/** Every lexicon getter, by file name: the tests load each one. */
export const ALL_LEXICONS: Readonly<Record<string, () => unknown>> = {
  'abbreviations': abbreviationsLexicon,
  'crosscheck-idioms': crosscheckIdiomsLexicon,
  'verbs': verbsLexicon,
  'stopwords': stopwordsLexicon,
  'stopwords-other': otherStopwordsLexicon,
  'event-names': eventNamesLexicon,
  'junk-patterns': junkPatternsLexicon,
  'outlet-cues': outletCuesLexicon,
  'dateline-cues': datelineCuesLexicon,
  'heading-cues': headingCuesLexicon,
  'html-boilerplate': htmlBoilerplateLexicon,
  'html-dates': htmlDatesLexicon,
  'html-metadata': htmlMetadataLexicon,
  'quote-marks': quoteMarksLexicon,
  'quote-cues': quoteCuesLexicon,
  'time-words': timeWordsLexicon,
  'entity-titles': entityTitlesLexicon,
  'entity-places': entityPlacesLexicon,
  'entity-organizations': entityOrganizationsLexicon,
  'entity-words': entityWordsLexicon,
  'entity-given-names': givenNamesLexicon,
  'entity-family-names': familyNamesLexicon,
  'claim-grammar': claimGrammarLexicon,
  'claim-quantities': claimQuantitiesLexicon,
  'claim-rankings': claimRankingsLexicon,
  'crosscheck': crosscheckLexicon,
};
