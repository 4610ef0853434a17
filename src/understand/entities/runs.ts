// Turns runs of capitalised words into name candidates: joins connectors ("Bank of England", "Great Hall
// of the People", "Quay 4"), peels off nationality and title prefixes into roles ("British Prime Minister
// Keir Starmer" → name "Keir Starmer", role "British Prime Minister") and keeps honorifics in the span.
import { entityLexicon, isDemonym, knownName, nationalityOf } from './lexicon.js';
import type { Word } from './words.js';

/** One proper-name mention before the article's mentions are grouped into entities. */
export interface Candidate {
  start: number;
  end: number;
  /** The mention's words (honorific or title kept for single-word forms: "President Xi", "Mr Lammy"). */
  text: string;
  /** The name itself, without titles: ["Keir", "Starmer"]. */
  core: string[];
  sentence: number;
  /** Word indices of the run's first word (titles included), and of the name's first and last words. */
  lead: number;
  first: number;
  last: number;
  roles: string[];
  /** A title or honorific stood before the name: evidence of a person. */
  titled: boolean;
  /** A title followed by a given name only ("President Joe"): kept only if it links to a known person. */
  fragment: boolean;
  /** First word was capitalised where capitals prove nothing. */
  weak: boolean;
  possessive: boolean;
  /** "Karsland’s Foreign Minister …": the name owns a title, so it is a country or organisation. */
  ownsTitle: boolean;
  /** The article opens with this name and a colon ("Valeport: Karsland’s Foreign Minister …"): a dateline place. */
  dateline: boolean;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'dos', 'bin', 'ibn', 'al', 'el', 'le', 'la']);
const isNumber = (w: Word): boolean => /^\d+$/.test(w.text);
const spaced = (w: Word | undefined): boolean => w !== undefined && (w.gap === ' ' || w.gap === '\u00a0');
const isTitleWord = (t: string): boolean => {
  const { titleHeads, titleModifiers, honorifics } = entityLexicon();
  return titleHeads.has(t) || titleModifiers.has(t) || honorifics.has(t);
};

/** End index (inclusive) of the capitalised run starting at i. */
function runEnd(words: readonly Word[], i: number): number {
  const lex = entityLexicon();
  let j = i;
  for (;;) {
    const last = words[j]!;
    const next = words[j + 1];
    if (last.possessive || !spaced(next) || next!.sentence !== last.sentence) return j;
    if (next!.cap || (isNumber(next!) && lex.numberedHeads.has(last.text))) {
      j++;
      continue;
    }
    // "Ministry of Foreign Affairs", "Great Hall of the People", "Department for Education".
    if ((next!.text === 'of' || next!.text === 'for') && lex.ofHeads.has(last.text)) {
      let k = j + 2;
      if (words[k]?.text === 'the' && spaced(words[k]) && spaced(words[k + 1])) k++;
      if (spaced(words[k]) && words[k]!.cap && words[k]!.sentence === last.sentence) {
        j = k;
        continue;
      }
    }
    // "Ursula von der Leyen", "Mohammed bin Salman".
    if (NAME_PARTICLES.has(next!.text)) {
      let k = j + 2;
      if (NAME_PARTICLES.has(words[k]?.text ?? '') && spaced(words[k])) k++;
      if (spaced(words[k]) && words[k]!.cap && words[k]!.sentence === last.sentence) {
        j = k;
        continue;
      }
    }
    return j;
  }
}

/**
 * A one-word nickname in quotes between a given name and a family name: William "Mo" Cowan, Ann “Sunny”
 * Hale. words[j] is the given name; returns the family name's index, or -1.
 */
function nicknameEnd(words: readonly Word[], j: number): number {
  const given = words[j]!;
  const nick = words[j + 1];
  const family = words[j + 2];
  if (!nick || !family || nick.sentence !== given.sentence || family.sentence !== given.sentence) return -1;
  if (!entityLexicon().givenNames.has(given.text) || given.possessive || nick.possessive) return -1;
  if (!OPEN_NICK.test(nick.gap) || !CLOSE_NICK.test(family.gap) || !nick.cap || !family.cap) return -1;
  return j + 2;
}
const OPEN_NICK = /^ ["“]$/;
const CLOSE_NICK = /^["”] $/;
/** A word written between nickname quotes (nicknameEnd): part of the mention, not of the name. */
const isNickname = (words: readonly Word[], x: number): boolean => OPEN_NICK.test(words[x]!.gap) && CLOSE_NICK.test(words[x + 1]?.gap ?? '');

/** End index (inclusive) of the capitalised run starting at i, across quoted nicknames (nicknameEnd). */
function nameRunEnd(words: readonly Word[], i: number): number {
  let j = runEnd(words, i);
  for (let n = nicknameEnd(words, j); n >= 0; n = nicknameEnd(words, j)) j = runEnd(words, n);
  return j;
}

/** Length of the title at words[i..end]: modifiers then a head, greedy ("Prime Minister", "Vice Premier"). */
function titleLength(words: readonly Word[], i: number, end: number): number {
  const lex = entityLexicon();
  let lastHead = -1;
  for (let m = i; m <= end && (lex.titleModifiers.has(words[m]!.text) || lex.titleHeads.has(words[m]!.text)); m++) {
    if (lex.titleHeads.has(words[m]!.text)) lastHead = m;
  }
  if (lastHead < 0) return 0;
  // "Secretary of State Marco Rubio": "of" + one capitalised word stays in the title.
  if (words[lastHead + 1]?.text === 'of' && lastHead + 2 < end) return lastHead + 3 - i;
  // "the Chief of Staff resigned", "the Secretary of State said": a title word after "of" ends a title naming nobody.
  if (words[lastHead + 1]?.text === 'of' && lastHead + 2 === end && isTitleWord(words[end]!.text)) return lastHead + 3 - i;
  return lastHead + 1 - i;
}

/** The run's last word makes it an organisation or a place ("Port Elan Harbour Authority", "Customs House"). */
function hasNameSuffix(words: readonly Word[], i: number, end: number): boolean {
  const lex = entityLexicon();
  if (end === i) return false;
  const last = words[end]!.text;
  return lex.orgSuffixes.has(last) || lex.facilities.has(last) || lex.geographic.has(last) || isNumber(words[end]!);
}

function slice(text: string, words: readonly Word[], a: number, b: number): string {
  return text.slice(words[a]!.start, words[b]!.end);
}

/** Name candidates of an article, in text order, before weak capitals are judged (see filterWeak). */
export function findCandidates(text: string, words: readonly Word[]): Candidate[] {
  const lex = entityLexicon();
  const out: Candidate[] = [];
  let i = 0;
  let pendingOwner: { candidate: Candidate | null; start: number } | null = null;
  while (i < words.length) {
    const w = words[i]!;
    if (!w.cap) {
      i++;
      pendingOwner = null;
      continue;
    }
    let end = nameRunEnd(words, i);
    // "the Supreme Court Thursday", "told Ann Hale Monday": a trailing weekday dates the name, it is not part of it.
    while (end > i && WEEKDAY.test(words[end]!.text) && (end - i >= 2 || knownName(words[i]!.text) !== null)) end--;
    // "The Prime Minister …", "Meanwhile China …": a sentence-initial function word is not part of the run.
    let weakLead = false;
    while (i < end && words[i]!.weak && isCommonWord(words[i]!.text) && !lex.honorifics.has(words[i]!.text) && knownName(slice(text, words, i, end)) === null) {
      i++;
      weakLead = true;
    }
    const w2 = words[i]!;
    let k = i;
    const whole = slice(text, words, i, end);
    const owner = pendingOwner && spaced(w) && !weakLead ? pendingOwner : null;
    pendingOwner = null;
    let roleStart = owner ? owner.start : w2.start;
    let titled = false;
    const roles: string[] = [];
    if (knownName(whole) === null || end === i) {
      // Nationality prefix: "British …", "UK …", "Chinese …" before a title or a known name.
      while (k < end && (isDemonym(words[k]!.text) || nationalityOf(words[k]!.text) !== null)) {
        const rest = slice(text, words, k + 1, end);
        if (titleLength(words, k + 1, end) > 0 || knownName(rest) !== null) k++;
        else break;
      }
      // Country names in the prefix are mentions of their own ("UK" in "UK Labour").
      for (let p = i; p < k; p++) {
        if (!isDemonym(words[p]!.text)) out.push(single(words[p]!, p, true));
      }
      if (!hasNameSuffix(words, k, end) || k > i) {
        const t = titleLength(words, k, end);
        if (t > 0) {
          const titleText = slice(text, words, k, k + t - 1);
          roles.push(text.slice(roleStart, words[k + t - 1]!.end).replace(titleText, lex.ranks[titleText] ?? titleText));
          k += t;
          titled = true;
        } else if (k > i) {
          roleStart = words[k]!.start;
        }
      }
    }
    // A title after words that qualify it: "Texas Republican Rep. Ann Hale", "Velmark CEO A. Lisa Orr".
    if (!titled && k < end) {
      const inner = innerTitle(words, k, end);
      if (inner > k) {
        const written = text.slice(roleStart, words[inner - 1]!.end);
        roles.push(words.slice(k, inner).reduce((r, x) => (lex.ranks[x.text] ? r.replace(x.text, lex.ranks[x.text]!) : r), written));
        k = inner;
        titled = true;
      }
    }
    // Honorifics stay in the mention: "Sir Keir Starmer", "Dr. Ines Vautrin", "Mr Lammy".
    let honorificStart = -1;
    while (k <= end && lex.honorifics.has(words[k]!.text)) {
      if (honorificStart < 0) honorificStart = k;
      k++;
      titled = true;
    }
    if (owner?.candidate && titled) owner.candidate.ownsTitle = true;
    if (k > end) {
      // A title alone ("President", "the Prime Minister") is not a name; a possessive one may own the next.
      i = end + 1;
      continue;
    }
    const core = words.slice(k, end + 1).filter((x) => !(x.index > k && x.index < end && isNickname(words, x.index))).map((x) => x.text);
    const single1 = core.length === 1;
    const firstShown = single1 && titled ? (honorificStart >= 0 ? honorificStart : firstTitleWord(words, i, k)) : honorificStart >= 0 ? honorificStart : k;
    const lastWord = words[end]!;
    const titleWord = words[k - 1]?.text ?? '';
    const cand: Candidate = {
      start: words[firstShown]!.start,
      end: lastWord.end,
      text: text.slice(words[firstShown]!.start, lastWord.end),
      core,
      sentence: w.sentence,
      lead: i,
      first: k,
      last: end,
      roles,
      titled,
      fragment: titled && single1 && lex.givenNames.has(core[0]!) && !lex.givenNameTitles.has(titleWord),
      // After a sentence-initial "The" a capital is a name's, as it would be mid-sentence: "The Disclose Act, part of
      // the bill, would require groups to disclose …" (not "Meanwhile Trade …").
      weak: words[k]!.weak || (weakLead && k === i && words[i - 1]?.text !== 'The'),
      possessive: lastWord.possessive,
      ownsTitle: lastWord.possessive && ownsLowerTitle(words, end),
      dateline: words[firstShown]!.start === 0 && text[lastWord.end] === ':',
    };
    out.push(cand);
    if (lastWord.possessive) pendingOwner = { candidate: cand, start: cand.start };
    i = end + 1;
  }
  return out;
}

/** Initials and generational suffixes inside a person's name: "A.", "R.", "Jr.", "III". */
const NAME_PART = /^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u;

/**
 * words[m..end] reads as a person's name: two to four capitalised words, none a title, a generic
 * organisation or place word, vocabulary or a known place ("Ann Hale", "A. Lisa Orr", "Jesse Lund Jr.").
 */
function personName(words: readonly Word[], m: number, end: number): boolean {
  const lex = entityLexicon();
  const n = end - m + 1;
  if (n < 2 || n > 4) return false;
  for (let x = m; x <= end; x++) {
    const t = words[x]!.text;
    if (NAME_PART.test(t)) {
      if (x === m && !/^\p{Lu}\.$/u.test(t)) return false;
      continue;
    }
    if (!/^\p{Lu}/u.test(t) || isTitleWord(t) || lex.orgSuffixes.has(t) || lex.facilities.has(t) || lex.geographic.has(t)) return false;
    if (isCommonWord(t) || isDemonym(t) || lex.affiliations.has(t)) return false;
  }
  const firstKnown = knownName(words[m]!.text);
  return firstKnown === null || firstKnown.type === 'person';
}

/**
 * Where a person's name starts after the words that qualify its title, or -1:
 *   "Texas Republican Rep. Ann Hale", "Harbour Board Chairman Ivo Brandt", "Velmark CEO A. Lisa Orr"
 *   → the name follows the last title word, and everything before it is the role;
 *   "Republican Ann Hale", "Ohio Democrat Tom Reyes" → party and state words before a given name.
 * The name needs two words at least, so "Supreme Court Justice Roberts" stays for the caller's rules.
 */
function innerTitle(words: readonly Word[], k: number, end: number): number {
  const lex = entityLexicon();
  for (let m = k + 1; m < end; m++) {
    if (!personName(words, m, end)) continue;
    const before = words[m - 1]!.text;
    if (lex.titleHeads.has(before) || (lex.titleModifiers.has(before) && titleBlockHasHead(words, k, m - 1))) return m;
    const qualifiers = words.slice(k, m).every((x) => lex.affiliations.has(x.text) || isDemonym(x.text) || knownName(x.text)?.type === 'place' || nationalityOf(x.text) !== null);
    if (qualifiers && lex.givenNames.has(words[m]!.text)) return m;
    return -1;
  }
  return -1;
}

/** A title head among the title words that end at `last` ("Chief Executive" in "Velmark Chief Executive"). */
function titleBlockHasHead(words: readonly Word[], k: number, last: number): boolean {
  for (let x = last; x >= k && isTitleWord(words[x]!.text); x--) if (entityLexicon().titleHeads.has(words[x]!.text)) return true;
  return false;
}

/** "Velsand’s foreign minister", "Karsland’s then trade minister": a possessive owning a lower-case title. */
function ownsLowerTitle(words: readonly Word[], end: number): boolean {
  for (let k = end + 1; k <= end + 3 && k < words.length && words[k]!.sentence === words[end]!.sentence; k++) {
    const w = words[k]!;
    if (w.cap || w.gap !== ' ') return false;
    const title = w.text.charAt(0).toUpperCase() + w.text.slice(1);
    if (entityLexicon().titleHeads.has(title) && w.text !== 'head' && w.text !== 'chief') return true;
  }
  return false;
}

/** The first title word before the name (for "President Xi" the span starts at "President"). */
function firstTitleWord(words: readonly Word[], i: number, k: number): number {
  let f = k;
  while (f > i && isTitleWord(words[f - 1]!.text)) f--;
  return f;
}

function single(w: Word, index: number, strong: boolean): Candidate {
  return {
    start: w.start, end: w.end, text: w.text, core: [w.text], sentence: w.sentence, lead: index, first: index, last: index,
    roles: [], titled: false, fragment: false, weak: strong ? false : w.weak, possessive: w.possessive, ownsTitle: false, dateline: false,
  };
}

/** Index of the word a mention's span starts with (its title or honorific, else the name). */
export function shownIndex(words: readonly Word[], c: Candidate): number {
  for (let k = c.lead; k <= c.first; k++) if (words[k]!.start === c.start) return k;
  return c.first;
}

/** Lower-case form of the word is common or calendar vocabulary: never a name by itself. */
export function isCommonWord(word: string): boolean {
  const lex = entityLexicon();
  const lower = word.toLowerCase();
  // A month abbreviated keeps its period as a word ("until Feb. 15"): it is the calendar's, never a name.
  return lex.common.has(lower) || lex.calendar.has(lower) || (lower.endsWith('.') && lex.calendar.has(lower.slice(0, -1)));
}
