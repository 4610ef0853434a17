// The cleaner's word lists and patterns from lexicon/*.json, compiled on first use. The lists are data
// so they can grow without code changes; a malformed file or pattern fails naming the file and key.
import { lexiconValueError } from '../config/lexicon.js';
import { datelineCuesLexicon, headingCuesLexicon, junkPatternsLexicon, outletCuesLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import type { JunkLineCode } from '../core/removal-reasons.js';

export interface LinePattern {
  code: JunkLineCode;
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

/** Compiles a pattern of a lexicon entry; a pattern that does not compile names its file and key. */
function compile(lexicon: string, key: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw lexiconValueError(lexicon, key, `not a valid regular expression (${err instanceof Error ? err.message : String(err)})`);
  }
}

function patternList(entries: readonly { code: JunkLineCode; pattern: string; flags?: string; example: string }[], where: string): LinePattern[] {
  return entries.map((e, i) => ({ code: e.code, regex: compile('junk-patterns', `${where}[${i}].pattern`, e.pattern, e.flags ?? 'iu'), example: e.example }));
}

// An outlet name as printed: capitalised words (a capital "The" included), inner dots allowed
// ("News.Az"), joined by a few lowercase connectors ("Voice of the People"); up to six words.
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d&-]*(?:\.[\p{L}\d]+)*`;
const NAME = String.raw`(?<name>${NAME_WORD}(?:\s(?:${NAME_WORD}|of|the|and|on|&)){0,5})`;

function namingList(entries: readonly { role: 'own' | 'origin'; pattern: string; example: string; name: string }[]): NamingLine[] {
  return entries.map((e, i) => {
    if (!e.pattern.includes('{NAME}')) throw lexiconValueError('outlet-cues', `namingLines[${i}].pattern`, 'needs {NAME} where the outlet name stands');
    // Case-sensitive on purpose: under the "i" flag \p{Lu} would match any letter.
    return { role: e.role, regex: compile('outlet-cues', `namingLines[${i}].pattern`, e.pattern.replace('{NAME}', NAME), 'u'), example: e.example, name: e.name };
  });
}

export const junkLexicon = once((): JunkLexicon => {
  const raw = junkPatternsLexicon();
  return {
    lines: patternList(raw.lines, 'lines'),
    edges: patternList(raw.edges, 'edges'),
    promoHeadlines: patternList(raw.promoHeadlines, 'promoHeadlines'),
    keep: raw.keep,
  };
});

export const outletLexicon = once((): OutletLexicon => {
  const raw = outletCuesLexicon();
  return {
    outlets: raw.outlets,
    corporateSuffixes: raw.corporateSuffixes,
    namingLines: namingList(raw.namingLines),
    mastheadWords: new Set(raw.mastheadWords.map((w) => w.toLowerCase())),
  };
});

export const datelineLexicon = once((): DatelineLexicon => {
  const raw = datelineCuesLexicon();
  return {
    places: new Set(raw.places.map((p) => p.toLowerCase())),
    labels: new Set(raw.labels),
    notPlaces: new Set(raw.notPlaces.map((w) => w.toLowerCase())),
  };
});

export const headingLexicon = once((): HeadingLexicon => {
  const raw = headingCuesLexicon();
  return { speechVerbs: new Set(raw.speechVerbs), clauseWords: new Set(raw.clauseWords) };
});
