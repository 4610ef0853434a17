// Who a stretch of text refers to: the entity mentions in it, a pronoun's antecedent, the subject of a
// verb. Shared by quote attribution ("…,” he said") and claim actors ("The Velsand foreign minister met Haug").
import type { AnnotationInput, Entity, EntityType } from '../../core/annotations.js';
import { quoteCuesLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import { isSpeechVerb } from '../../text/index.js';

/** The attribution cues of lexicon/quote-cues.json, with the gender and clause cues as sets. */
export const quoteCues = once(() => {
  const cues = quoteCuesLexicon();
  return { ...cues, male: new Set(cues.maleCues), female: new Set(cues.femaleCues), clauseLeadSet: new Set(cues.clauseLeads) };
});

// Sentences naming a person: a pronoun's antecedent is rarely further back in news copy. Sentences that
// name no one ("He said the deal would hold.") do not count, up to PRONOUN_SCAN sentences in all.
const PRONOUN_LOOKBACK = 4;
const PRONOUN_SCAN = 12;

export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  kind: 'name' | 'nominal';
  sentence: number;
  /** "Halloran’s trip": the mention modifies a noun, it is not a subject. */
  possessive: boolean;
  /** "Velsand Prime Minister Dario Fenwick": a place name that modifies the next capitalised word. */
  modifier: boolean;
}

/** A resolved reference: an entity, or a name read from the text when no entity covers it. */
export interface Referent {
  name: string;
  id: string | null;
  type: EntityType | null;
}

export interface MentionIndex {
  text: string;
  input: AnnotationInput;
  /** Sorted by start (then longest first): looked up by binary search, never scanned whole. */
  mentions: IndexedMention[];
  /** reach[i]: the furthest end of mentions[0..i], so "does a mention cover this offset" is one search. */
  reach: number[];
  gender: Map<string, 'm' | 'f'>;
}

/** Sorts every mention of every entity by offset and notes each person's gender when a title tells it. */
export function indexMentions(input: AnnotationInput, entities: readonly Entity[]): MentionIndex {
  const { text } = input;
  const mentions: IndexedMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const after = text.slice(m.end, m.end + 3);
      const possessive = /^['’]s?\b/.test(after) || /['’]s?$/.test(m.text);
      const modifier = entity.type === 'place' && /^ \p{Lu}/u.test(text.slice(m.end, m.end + 2));
      mentions.push({ start: m.start, end: m.end, entity, kind: m.kind, sentence: m.sentence, possessive, modifier });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const reach: number[] = [];
  for (const m of mentions) reach.push(Math.max(m.end, reach[reach.length - 1] ?? -Infinity));
  return { text, input, mentions, reach, gender: genders(text, entities) };
}

/** Index of the first mention starting at or after `at` (mentions.length when none does). */
function firstStartingFrom(index: MentionIndex, at: number): number {
  let lo = 0;
  let hi = index.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a mention starting at or before `at` reaches past `after` ("Bank of England" holds its "of"). */
function covered(index: MentionIndex, at: number, after: number): boolean {
  const last = firstStartingFrom(index, at + 1) - 1;
  return last >= 0 && index.reach[last]! > after;
}

/** "Mr Brix", "Sir Teodor Halloran", "a spokeswoman" (a role or nominal): a person's gender, when told. */
function genders(text: string, entities: readonly Entity[]): Map<string, 'm' | 'f'> {
  const cues = quoteCues();
  const out = new Map<string, 'm' | 'f'>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words: string[] = [];
    for (const r of [...e.roles, ...e.aliases]) words.push(...r.toLowerCase().split(/\s+/));
    for (const m of e.mentions) {
      words.push(...m.text.toLowerCase().split(/\s+/));
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 12), m.start));
      if (before) words.push(before[1]!.toLowerCase());
    }
    const male = words.some((w) => cues.male.has(w));
    const female = words.some((w) => cues.female.has(w));
    if (male !== female) out.set(e.id, male ? 'm' : 'f');
  }
  return out;
}

export function referentOf(entity: Entity): Referent {
  return { name: entity.name, id: entity.id, type: entity.type };
}

/** Mentions lying inside [start, end). */
export function mentionsIn(index: MentionIndex, start: number, end: number): IndexedMention[] {
  // A binary search, not a filter of every mention: called for each verb and quote, a scan made an article
  // of 5,000 sentences quadratic.
  const out: IndexedMention[] = [];
  for (let i = firstStartingFrom(index, start); i < index.mentions.length && index.mentions[i]!.start <= end; i++) {
    if (index.mentions[i]!.end <= end) out.push(index.mentions[i]!);
  }
  return out;
}

function sentenceAt(input: AnnotationInput, at: number): number {
  const s = input.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the sentence containing offset `at` (or the last one starting before it); -1 before the first. */
export function sentenceIndexAt(input: AnnotationInput, at: number): number {
  return sentenceAt(input, at);
}

/**
 * The antecedent of "he"/"she" at offset `at`: the first person mentioned as a subject (not a possessive)
 * in this sentence before the pronoun, else in each earlier sentence going back, skipping persons of the
 * other gender when a title told it. "Haug praised Halloran’s work … He said" → Haug, not Halloran.
 * Mentions inside quotations are skipped (`skip`): a name someone quotes is rarely the one who speaks.
 */
export function resolvePronoun(index: MentionIndex, pronoun: string, at: number, skip: readonly { start: number; end: number }[] = []): Referent | null {
  const gender = quoteCues().pronouns[pronoun.toLowerCase()];
  if (gender === undefined || gender === null) return null;
  const here = sentenceAt(index.input, at);
  let naming = 0;
  for (let s = here; s >= 0 && s >= here - PRONOUN_SCAN && naming <= PRONOUN_LOOKBACK; s--) {
    const sentence = index.input.sentences[s]!;
    const end = s === here ? at : sentence.end;
    const persons = mentionsIn(index, sentence.start, end).filter((m) => m.entity.type === 'person' && !skip.some((q) => m.start >= q.start && m.end <= q.end));
    if (persons.length > 0) naming++;
    // "He said there would be “no daylight” between him and Kerry": an earlier sentence whose subject is
    // the same pronoun continues the one being resolved; the persons it names are its objects.
    if (s !== here && samePronounSubject(sentence.text, pronoun)) continue;
    const fits = persons.filter((m) => {
      if (m.possessive) return false;
      const known = index.gender.get(m.entity.id);
      return !known || known === gender;
    });
    // "… confounded Justice Hale and drew the ire of Justice Moss, who said …": the one who speaks there.
    const speaking = fits.find((m) => isSpeechVerb((/^\s*,?\s*(?:who\s+)?(\p{Ll}+)/u.exec(index.text.slice(m.end, m.end + 40))?.[1]) ?? ''));
    const chosen = speaking ?? fits[0];
    if (chosen) return referentOf(chosen.entity);
  }
  return null;
}

// "Speaker Ann Hale and Senate Leader Tomas Berg said …": two persons, titles before the second, joined by "and".
const PAIR_GAP = /^\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
const THEY_LOOKBACK = 2;

/**
 * "They vowed …" after "Speaker Ann Hale and Senate Leader Tomas Berg said in a statement": the pair the
 * nearest sentence (this one before the pronoun, or one of the two before it) names as joined persons;
 * the first of them stands for both, as a quote has one speaker. Null when no such pair is near: "they"
 * is as often officials or a group no entity names.
 */
export function resolveThey(index: MentionIndex, at: number, skip: readonly { start: number; end: number }[]): Referent | null {
  const here = sentenceAt(index.input, at);
  for (let s = here; s >= 0 && s >= here - THEY_LOOKBACK; s--) {
    const sentence = index.input.sentences[s]!;
    const persons = mentionsIn(index, sentence.start, s === here ? at : sentence.end)
      .filter((m) => m.entity.type === 'person' && !m.possessive && !skip.some((q) => m.start >= q.start && m.end <= q.end));
    for (let k = 0; k + 1 < persons.length; k++) {
      const [a, b] = [persons[k]!, persons[k + 1]!];
      if (a.entity.id !== b.entity.id && PAIR_GAP.test(index.text.slice(a.end, b.start))) return referentOf(a.entity);
    }
  }
  return null;
}

/** A sentence whose subject is `pronoun`: "He said …", "But he added …", "On Friday, he said …". */
function samePronounSubject(sentence: string, pronoun: string): boolean {
  const m = /^[\s“"‘']*(?:(?:and|but|yet|so|then|also)\s+)?(?:[^,“”"]{1,40},\s+)?(\p{L}+)/iu.exec(sentence);
  return m !== null && m[1]!.toLowerCase() === pronoun.toLowerCase();
}

/** The person a relative "who" at `at` refers to: the nearest person mention before it in the sentence. */
export function resolveWho(index: MentionIndex, at: number): Referent | null {
  const sentence = index.input.sentences[sentenceAt(index.input, at)];
  if (!sentence) return null;
  const before = mentionsIn(index, sentence.start, at).filter((m) => m.entity.type === 'person' && !m.possessive);
  const last = before[before.length - 1];
  if (!last) return null;
  // Only a person right before "who", or before one apposition: "Bertil Haug, Karsland’s top official, who said";
  // not "Halloran was joined by 30 shipping executives who …".
  const gap = index.text.slice(last.end, at);
  return /^\s*,?\s*$/.test(gap) || /^\s*,[^,]*,\s*$/.test(gap) ? referentOf(last.entity) : null;
}

/** An apposition that is a tag, not a phrase: "R-Texas", "D-Ill.", "43", "(D-Calif.)", "Democrat of Vermont". */
const TAG = /^(?:\(?[\p{Lu}\d][\p{L}\d.’'-]*\)?|\p{Lu}\p{Ll}+ of (?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*)?)$/u;

export interface Subject {
  /** Entities named as the subject, in order ("Velsand and Karsland" → two). */
  referents: Referent[];
  /** The subject words ("The harbour authority", "state-owned news agency Meridian Wire"). */
  phrase: string;
  start: number;
  end: number;
}

/**
 * The subject of a verb at `verbStart`, read from the text between `regionStart` and the verb:
 *   1. "Vera Kallio, a spokeswoman for the trade ministry, reaffirmed" → the part before a trailing apposition;
 *   2. "At a briefing, Vera Kallio reaffirmed" → the last comma part;
 *   3. in that part, the entity mentions before its first preposition, not possessive, not modifiers
 *      ("Karsland’s Foreign Minister Anneli Strand" → Anneli Strand; "Halloran’s trip" → none);
 *   4. else a pronoun ("he" → antecedent), a relative "who" (→ the person before it), or the words themselves.
 */
export function subjectBefore(index: MentionIndex, regionStart: number, verbStart: number, skip: readonly { start: number; end: number }[] = []): Subject | null {
  const { text } = index;
  // Words before a closing quotation mark are the quote's, not the subject: "“…,” the Velsand minister declared".
  for (const q of skip) if (q.end <= verbStart && q.end > regionStart) regionStart = q.end;
  let seg = text.slice(regionStart, verbStart);
  let segStart = regionStart;
  // Split on ", " outside mentions; "18,000" has no space and stays whole.
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of seg.matchAll(/[,;:—–]\s+|\s+[—–]\s+/g)) {
    parts.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: from, end: seg.length });
  // "Larry Hale, the council’s chairman, just told", "…, clearly says": an adverb or two after the comma
  // stand for no subject.
  const adverbs = new Set(quoteCues().adverbs);
  const lastWords = seg.slice(parts[parts.length - 1]!.start).trim().split(/\s+/).filter(Boolean);
  const onlyAdverbs = lastWords.length <= 2 && lastWords.every((w) => adverbs.has(w.toLowerCase()) || (/^\p{Ll}+ly$/u.test(w) && w !== 'only'));
  if (parts.length > 1 && (lastWords.length === 0 || onlyAdverbs)) {
    parts.pop(); // the verb follows a comma: the part before it is an apposition or a relative clause
    const names = (p: { start: number; end: number }): boolean => headNamesSomeone(index, regionStart + p.start, regionStart + p.end);
    const earlierNames = (): boolean => parts.slice(0, -1).some(names);
    // … unless the name is the apposition: "one of the women, Maureen Hale, said".
    const last = parts[parts.length - 1];
    if (last && parts.length > 1 && (earlierNames() || !isPersonName(index, regionStart + last.start, regionStart + last.end))) parts.pop();
    // "Mike Hale, the director of the Harbour Group, a trade group, said": past every apposition ("the …",
    // "president of …", "who …") whose head names no one to the name; "…, and Oklahoma's attorney general,
    // Scott Hale, accused" is a coordination, not an apposition.
    const apposition = (p: { start: number; end: number }): boolean => /^\s*(?!(?:and|or|but|nor)\s)(?:\p{Ll}|(?:A|An|The)\s)/u.test(seg.slice(p.start, p.end));
    for (let pops = 0; pops < 3 && parts.length > 1 && apposition(parts[parts.length - 1]!) && !names(parts[parts.length - 1]!) && earlierNames(); pops++) parts.pop();
  }
  // "Sen. Ann Hale, R-Texas, who unveiled a plan, said": past a second apposition that names no one (a
  // party-state tag, an age) to the part that names the speaker; a pronoun part is the speaker's own.
  const namesSomeone = (p: { start: number; end: number }): boolean =>
    mentionsIn(index, regionStart + p.start, regionStart + p.end).some((m) => !m.possessive && (m.entity.type === 'person' || m.entity.type === 'organization'));
  for (let pops = 0; pops < 2 && parts.length > 1; pops++) {
    const last = parts[parts.length - 1]!;
    const words = seg.slice(last.start, last.end);
    if (!TAG.test(words.trim()) || namesSomeone(last) || !namesSomeone(parts[parts.length - 2]!)) break;
    parts.pop();
  }
  const part = parts[parts.length - 1]!;
  segStart = regionStart + part.start;
  seg = seg.slice(part.start, part.end);
  // "saying that he was proud of what he called “a deal”": a subject pronoun right before the verb is its
  // subject, whatever clause holds it.
  const pronounTail = /\s(he|she|they|we|I)\s*$/.exec(seg);
  if (pronounTail) {
    segStart += pronounTail.index + 1;
    seg = seg.slice(pronounTail.index + 1);
  }
  const lead = /^\s*(?:(?:and|but|however|yet|so|then|also|while|although|though|as|because|when|where|if|that|with)\s+)*/i.exec(seg)![0].length;
  const start = segStart + lead;
  const end = segStart + seg.trimEnd().length;
  if (end <= start) return null;
  const phrase = text.slice(start, end);
  const referents: Referent[] = [];
  const preposition = firstPrepositionOutside(index, start, end);
  const inSubject = mentionsIn(index, start, preposition);
  for (const [k, m] of inSubject.entries()) {
    if (m.possessive || m.modifier) continue;
    // "AARP legislative policy director Dana Whitlow", "Fox host Ann Hale": a name that only words (no
    // "and", no comma) join to the next name modifies it; the next name is the subject.
    const next = inSubject[k + 1];
    if (next && next.start >= m.end && /^\s+(?:[\p{L}.’'-]+\s+){0,5}$/u.test(text.slice(m.end, next.start)) && !/\b(?:and|or|nor|&)\b/i.test(text.slice(m.end, next.start))) continue;
    if (referents.some((r) => r.id === m.entity.id)) continue;
    referents.push(referentOf(m.entity));
  }
  if (referents.length === 0) {
    const first = /^(\p{L}+)/u.exec(phrase)?.[1]?.toLowerCase() ?? '';
    if (first === 'who' || first === 'whom') {
      const who = resolveWho(index, start);
      if (who) referents.push(who);
    } else if (first in quoteCues().pronouns && phrase.length <= first.length + 20) {
      const r = resolvePronoun(index, first, start, skip);
      if (r) referents.push(r);
    }
  }
  return { referents, phrase, start, end };
}

/** Whether [start, end) is a person's name, titles allowed before it: "Maureen Hale", "Rep. Tom Hale". */
function isPersonName(index: MentionIndex, start: number, end: number): boolean {
  const text = index.text.slice(start, end).trim();
  const from = start + index.text.slice(start, end).indexOf(text);
  return mentionsIn(index, from, from + text.length).some((m) => m.entity.type === 'person' && m.end === from + text.length && /^(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(index.text.slice(from, m.start)));
}

/** Whether the words of [start, end) before their first preposition name a person or an organisation (not a possessive). */
function headNamesSomeone(index: MentionIndex, start: number, end: number): boolean {
  const head = firstPrepositionOutside(index, start, end);
  return mentionsIn(index, start, head).some((m) => !m.possessive && !m.modifier && (m.entity.type === 'person' || m.entity.type === 'organization'));
}

const PREPOSITIONS = /\s(?:of|in|on|at|for|from|to|with|by|during|after|before|since|amid|under|over|near|about|between|among|across|against|without|through|into|following)\s/gi;

/** Offset of the first preposition in [start, end) outside any mention (names like "Bank of England" keep theirs). */
function firstPrepositionOutside(index: MentionIndex, start: number, end: number): number {
  const seg = index.text.slice(start, end);
  for (const m of seg.matchAll(PREPOSITIONS)) {
    const at = start + m.index;
    if (!covered(index, at, at + 1)) return at;
  }
  return end;
}

/** True for a leading word that starts a clause rather than a subject ("and", "but", "however"). */
export function isClauseLead(word: string): boolean {
  return quoteCues().clauseLeadSet.has(word.toLowerCase());
}
