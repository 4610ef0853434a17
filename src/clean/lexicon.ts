// Loads the cleaner's word lists and patterns from lexicon/*.json once, checked and compiled.
// The lists are data so they can grow without code changes; a malformed file fails loudly at load.
import { loadLexicon } from '../config/lexicon.js';

export interface LinePattern {
  reason: string;
  regex: RegExp;
  example: string;
}

export interface JunkLexicon {
  /** Patterns that must match a whole trimmed paragraph. */
  lines: LinePattern[];
  /** Widgets glued to the start or end of a real line ("… + ↺ − 16 px"). */
  edges: LinePattern[];
  /** A promo's own short headline ("Stay ahead of the news"), removed only right above a promo. */
  promoHeadlines: LinePattern[];
  /** Story sentences no pattern may match (checked by the tests). */
  keep: string[];
}

export interface OutletCue {
  name: string;
  names: string[];
  newsletters: string[];
  datelineCredits: string[];
  domains: string[];
}

/** A chrome line that names an outlet: "Sign up to The Daily Planet’s … newsletter". */
export interface NamingLine {
  /** 'own': the page's outlet; 'origin': the publisher a copy was taken from. */
  role: 'own' | 'origin';
  /** The pattern with {NAME} filled in; the name is its `name` group. */
  regex: RegExp;
  example: string;
  /** The name `example` must yield. */
  name: string;
}

export interface OutletLexicon {
  outlets: OutletCue[];
  corporateSuffixes: string[];
  namingLines: NamingLine[];
  /** Lowercased words of news brands: "daily", "ledger", "radio". */
  mastheadWords: Set<string>;
}

export interface DatelineLexicon {
  places: Set<string>;
  labels: Set<string>;
  /** Lowercased words that follow "in" but are no places: months, days. */
  notPlaces: Set<string>;
}

export interface HeadingLexicon {
  speechVerbs: Set<string>;
  clauseWords: Set<string>;
}

const readLexicon = (name: string): Record<string, unknown> => loadLexicon<Record<string, unknown>>(name);

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new Error(`clean: lexicon field ${where} must be a list of strings`);
  }
  return value as string[];
}

function patternList(value: unknown, where: string): LinePattern[] {
  if (!Array.isArray(value)) throw new Error(`clean: lexicon field ${where} must be a list`);
  return value.map((entry: unknown, i) => {
    const e = entry as { reason?: unknown; pattern?: unknown; flags?: unknown; example?: unknown };
    if (typeof e.reason !== 'string' || typeof e.pattern !== 'string' || typeof e.example !== 'string') {
      throw new Error(`clean: lexicon ${where}[${i}] needs string reason, pattern and example`);
    }
    const flags = typeof e.flags === 'string' ? e.flags : 'iu';
    return { reason: e.reason, regex: new RegExp(e.pattern, flags), example: e.example };
  });
}

// An outlet name as printed: capitalised words (a capital "The" included), inner dots allowed
// ("News.Az"), joined by a few lowercase connectors ("Voice of the People"); up to six words.
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d&-]*(?:\.[\p{L}\d]+)*`;
const NAME = String.raw`(?<name>${NAME_WORD}(?:\s(?:${NAME_WORD}|of|the|and|on|&)){0,5})`;

function namingList(value: unknown, where: string): NamingLine[] {
  if (!Array.isArray(value)) throw new Error(`clean: lexicon field ${where} must be a list`);
  return value.map((entry: unknown, i) => {
    const e = entry as { role?: unknown; pattern?: unknown; example?: unknown; name?: unknown };
    if ((e.role !== 'own' && e.role !== 'origin') || typeof e.pattern !== 'string' || !e.pattern.includes('{NAME}')
      || typeof e.example !== 'string' || typeof e.name !== 'string') {
      throw new Error(`clean: lexicon ${where}[${i}] needs role "own"|"origin", a pattern with {NAME}, example and name`);
    }
    // Case-sensitive on purpose: under the "i" flag \p{Lu} would match any letter.
    return { role: e.role, regex: new RegExp(e.pattern.replace('{NAME}', NAME), 'u'), example: e.example, name: e.name };
  });
}

let junk: JunkLexicon | undefined;
let outlets: OutletLexicon | undefined;
let datelines: DatelineLexicon | undefined;
let headings: HeadingLexicon | undefined;

export function junkLexicon(): JunkLexicon {
  if (!junk) {
    const raw = readLexicon('junk-patterns');
    junk = {
      lines: patternList(raw.lines, 'junk-patterns.lines'),
      edges: patternList(raw.edges, 'junk-patterns.edges'),
      promoHeadlines: patternList(raw.promoHeadlines, 'junk-patterns.promoHeadlines'),
      keep: stringList(raw.keep, 'junk-patterns.keep'),
    };
  }
  return junk;
}

export function outletLexicon(): OutletLexicon {
  if (!outlets) {
    const raw = readLexicon('outlet-cues');
    if (!Array.isArray(raw.outlets)) throw new Error('clean: lexicon outlet-cues.outlets must be a list');
    outlets = {
      outlets: raw.outlets.map((o: unknown, i) => {
        const r = o as Record<string, unknown>;
        if (typeof r.name !== 'string') throw new Error(`clean: lexicon outlet-cues.outlets[${i}] needs a name`);
        return {
          name: r.name,
          names: stringList(r.names, `outlet-cues.outlets[${i}].names`),
          newsletters: stringList(r.newsletters, `outlet-cues.outlets[${i}].newsletters`),
          datelineCredits: stringList(r.datelineCredits, `outlet-cues.outlets[${i}].datelineCredits`),
          domains: stringList(r.domains, `outlet-cues.outlets[${i}].domains`),
        };
      }),
      corporateSuffixes: stringList(raw.corporateSuffixes, 'outlet-cues.corporateSuffixes'),
      namingLines: namingList(raw.namingLines, 'outlet-cues.namingLines'),
      mastheadWords: new Set(stringList(raw.mastheadWords, 'outlet-cues.mastheadWords').map((w) => w.toLowerCase())),
    };
  }
  return outlets;
}

export function datelineLexicon(): DatelineLexicon {
  if (!datelines) {
    const raw = readLexicon('dateline-cues');
    datelines = {
      places: new Set(stringList(raw.places, 'dateline-cues.places').map((p) => p.toLowerCase())),
      labels: new Set(stringList(raw.labels, 'dateline-cues.labels')),
      notPlaces: new Set(stringList(raw.notPlaces, 'dateline-cues.notPlaces').map((w) => w.toLowerCase())),
    };
  }
  return datelines;
}

export function headingLexicon(): HeadingLexicon {
  if (!headings) {
    const raw = readLexicon('heading-cues');
    headings = {
      speechVerbs: new Set(stringList(raw.speechVerbs, 'heading-cues.speechVerbs')),
      clauseWords: new Set(stringList(raw.clauseWords, 'heading-cues.clauseWords')),
    };
  }
  return headings;
}
