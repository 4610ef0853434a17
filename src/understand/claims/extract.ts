// Turns each sentence into atomic claims with the slots the cross-check compares across outlets:
// actors, predicate, negation, object, time, place, quantities, rankings, and who the claim is attributed to.
//
// Steps, each with its example:
//   1. a sentence splits into segments: the words outside direct quotes, and each direct quote's words
//      (claims inside a quote are its speaker's: `attributedTo`);
//   2. each verb group is a claim (verb-groups.ts); "Velsand and Karsland signed a deal and agreed to …" → two;
//   3. a speech verb with a clause after it is a frame, not a claim: "Starmer said Britain wants …" → the
//      claim is "Britain wants …", attributed to Starmer; "“…,” Strand said" alone makes no claim (the quote
//      ledger has it); "According to Downing Street, …" attributes the whole sentence;
//   4. slots: actors from the subject (mentions.ts: names, nominals, pronouns, "who"), or from "by …" in
//      the passive; the object is the words after the verb up to a preposition or clause boundary; time,
//      place, quantities and rankings are the ones in the verb's clause (the time closest to the verb);
//   5. quality over recall: a claim needs an actor, a quantity or ranking, or a named subject and an object.
import type { AnnotationInput, Claim, Entity, Quantity, Quote, Ranking, TimeExpression } from '../../core/annotations.js';
import type { Span } from '../../core/types.js';
import { speakerOfWords } from '../quotes/attribution.js';
import { indexMentions, mentionsIn, subjectBefore, type MentionIndex, type Referent, type Subject } from '../quotes/mentions.js';
import { isPastForm } from '../verbs.js';
import { isKnownVerb, verbLemma } from '../verbs.js';
import { quantitiesInTokens } from './quantities.js';
import { rankingsInTokens } from './rankings.js';
import { tokenize, type Token } from './tokens.js';
import { BOUNDARIES, GRAMMAR, findVerbGroups, type VerbGroup } from './verb-groups.js';

const OBJECT_STOPS = new Set(GRAMMAR.objectStops);
const LOCATIVES = new Set(GRAMMAR.locatives);
const MOTION = new Set(GRAMMAR.motionVerbs);
const PLACE_OBJECT = new Set(GRAMMAR.placeObjectVerbs);
const INFINITIVE = new Set(GRAMMAR.infinitiveVerbs);
const PRONOUNS = new Set(GRAMMAR.subjectPronouns);
// An object noun phrase longer than this has run into another clause the scan did not see.
const MAX_OBJECT_TOKENS = 10;
const QUOTE_MARK = /^[“”"‘’]$/;
const MAX_SUBJECT_WORDS = 8;

interface Context {
  input: AnnotationInput;
  index: MentionIndex;
  times: readonly TimeExpression[];
  skips: Span[];
  /** Attribution cues of the quotes ("he told reporters"): their verbs are not claims. */
  cues: Span[];
}

interface Slots {
  group: VerbGroup;
  subject: Subject | null;
  actors: Referent[];
  object: { start: number; end: number; text: string } | null;
  objectEntities: string[];
  regionStart: number; // char offsets of the verb's clause
  regionEnd: number;
  frame: boolean;
  attributedTo: string | null;
  level: number;
  relative: boolean;
  /** "…, which critics claim may be used …,": a frame inside a relative clause reaches only to the next comma. */
  inRelative: boolean;
}

/** The span of a quote with its marks, so words of the quote are never read as a subject. */
function markedSpan(text: string, q: Quote): Span {
  let start = q.start;
  while (start > 0 && start > q.start - 3 && !/[“"‘']/.test(text[start - 1]!)) start--;
  let end = q.end;
  while (end < text.length && end < q.end + 3 && !/[”"’']/.test(text[end]!)) end++;
  return { start: Math.max(0, start - 1), end: Math.min(text.length, end + 1) };
}

/** The object noun phrase after the head verb, in the sentence's words. */
function readObject(ctx: Context, tokens: readonly Token[], g: VerbGroup, nextFirst: number): { start: number; end: number; text: string } | null {
  let j = g.head + 1;
  if (g.lemma === 'meet' && tokens[j]?.lower === 'with') j++;
  const first = j;
  if (tokens[j]?.lower === 'to' && INFINITIVE.has(g.lemma) && isKnownVerb(tokens[j + 1]?.lower ?? '')) j += 2; // "agreed to strengthen …"
  const startsTime = (t: Token): boolean => ctx.times.some((x) => x.start === t.start);
  while (j < nextFirst && j - first < MAX_OBJECT_TOKENS) {
    const t = tokens[j]!;
    if (QUOTE_MARK.test(t.text)) {
      j++;
      continue;
    }
    // "a more mature and balanced relationship" goes on; "a deal and China agreed" stops.
    const andContinues = (t.lower === 'and' || t.lower === 'or') && j > first && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && !['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(tokens[j + 1]!.lower);
    if (/^[,.;:!?()—–]$/.test(t.text) || (OBJECT_STOPS.has(t.lower) && !andContinues) || startsTime(t)) break;
    if (j > first && isPastForm(t.lower) && /^\p{Ll}/u.test(t.text) && !t.lower.includes('-')) break; // "an agreement aimed at …"
    j++;
  }
  let last = j - 1;
  while (last >= first && (QUOTE_MARK.test(tokens[last]!.text) || ['the', 'a', 'an', 'and', 'or', 'of'].includes(tokens[last]!.lower))) last--;
  let start = first;
  while (start <= last && QUOTE_MARK.test(tokens[start]!.text)) start++;
  if (last < start) return null;
  // Keep a fragment's marks balanced: "a “national security threat”".
  const text0 = ctx.input.text;
  if (text0.slice(tokens[start]!.start, tokens[last]!.end).includes('“') && text0[tokens[last]!.end] === '”') {
    return { start: tokens[start]!.start, end: tokens[last]!.end + 1, text: text0.slice(tokens[start]!.start, tokens[last]!.end + 1) };
  }
  const text = ctx.input.text.slice(tokens[start]!.start, tokens[last]!.end);
  return { start: tokens[start]!.start, end: tokens[last]!.end, text };
}

/** Names of the entities inside a span, not possessive modifiers ("Britain’s … partner" names none). */
function entitiesIn(index: MentionIndex, start: number, end: number): Referent[] {
  const out: Referent[] = [];
  for (const m of mentionsIn(index, start, end)) {
    if (m.possessive || m.modifier || out.some((r) => r.id === m.entity.id)) continue;
    out.push({ name: m.entity.name, id: m.entity.id, type: m.entity.type });
  }
  return out;
}

/** "the deal was signed by Strand and Halloran": the agents after "by". */
function passiveAgents(ctx: Context, tokens: readonly Token[], g: VerbGroup, nextFirst: number): Referent[] {
  let j = g.head + 1;
  if (tokens[j]?.lower !== 'by') {
    // "was signed at the Customs House by …": the agent may follow one prepositional phrase.
    const by = tokens.findIndex((t, k) => k > g.head && k < Math.min(nextFirst, g.head + 8) && t.lower === 'by');
    if (by < 0) return [];
    j = by;
  }
  let k = j + 1;
  while (k < nextFirst && !/^[.;:!?]$/.test(tokens[k]!.text) && !(OBJECT_STOPS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'and')) {
    if (tokens[k]!.text === ',' && !(tokens[k + 1]?.lower === 'and')) break;
    k++;
  }
  if (k <= j + 1) return [];
  return entitiesIn(ctx.index, tokens[j + 1]!.start, tokens[k - 1]!.end).filter((r) => r.type !== 'place' || true);
}

/** Token index where the clause of group `g` starts: after the last boundary since the previous verb. */
function clauseStart(tokens: readonly Token[], groups: readonly VerbGroup[], gi: number, segmentFrom: number): { at: number; relative: boolean; inRelative?: boolean } {
  const g = groups[gi]!;
  const prev = groups[gi - 1];
  const floor = prev ? prev.head + 1 : segmentFrom;
  for (let k = g.first - 1; k >= floor; k--) {
    const w = tokens[k]!.lower;
    if (!BOUNDARIES.has(w) && w !== ';') continue;
    if (w === 'who' || w === 'whom') return { at: k, relative: false }; // the subject is "who": resolved to its antecedent
    if ((w === 'which' || w === 'that' || w === 'whose') && k === g.first - 1) return { at: k, relative: true }; // "a topic that has fueled …"
    if (w === 'whose') return { at: k, relative: true };
    return { at: k + 1, relative: false, inRelative: w === 'which' || w === 'whom' };
  }
  if (!prev) return { at: segmentFrom, relative: false };
  // No boundary: after a reduced participle ("The agreement, signed by …, will see") the clause began before it.
  if (prev.reduced) return clauseStart(tokens, groups, gi - 1, segmentFrom);
  return { at: prev.head + 1, relative: false };
}

function place(ctx: Context, tokens: readonly Token[], s: Slots, actorIds: Set<string | null>): string | null {
  const isPlace = (e: Entity): boolean => e.type === 'place' || e.subtype === 'facility';
  const headEnd = tokens[s.group.head]!.end;
  for (const m of mentionsIn(ctx.index, s.regionStart, s.regionEnd)) {
    if (!isPlace(m.entity) || m.possessive || m.modifier || actorIds.has(m.entity.id)) continue;
    const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(ctx.input.text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase() ?? '';
    if (LOCATIVES.has(before) || (before === 'to' && MOTION.has(s.group.lemma) && m.start > headEnd)) return m.entity.name;
  }
  if (PLACE_OBJECT.has(s.group.lemma) && s.object) {
    const target = mentionsIn(ctx.index, s.object.start, s.object.end).find((m) => isPlace(m.entity) && !m.possessive);
    if (target) return target.entity.name;
  }
  return null;
}

/** The time expression of the clause closest to the verb. */
function timeOf(ctx: Context, tokens: readonly Token[], s: Slots): { text: string; value: string } | null {
  const head = tokens[s.group.head]!;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of ctx.times) {
    if (t.start < s.regionStart || t.end > s.regionEnd) continue;
    const distance = t.start >= head.end ? t.start - head.end : head.start - t.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best ? { text: best.text, value: best.value } : null;
}

/** "According to Downing Street, …" at the start of a segment: the source of the sentence. */
function accordingTo(ctx: Context, tokens: readonly Token[], from: number): string | null {
  if (tokens[from]?.lower !== 'according' || tokens[from + 1]?.lower !== 'to') return null;
  const comma = tokens.findIndex((t, k) => k > from + 2 && t.text === ',');
  if (comma < 0) return null;
  return speakerOfWords(ctx.index, tokens[from + 2]!.start, tokens[comma - 1]!.end, ctx.skips)?.name ?? null;
}

export interface ClaimDraft extends Omit<Claim, 'id'> {}

/** Claims of one segment: tokens[from, to) of a sentence, attributed to `attributedTo` when inside a quote. */
export function claimsOfSegment(ctx: Context, sentence: number, evidence: string, tokens: readonly Token[], attributedTo: string | null, quantities: readonly Quantity[], rankings: readonly Ranking[]): ClaimDraft[] {
  const groups = findVerbGroups(tokens);
  if (groups.length === 0) return [];
  const source = attributedTo ?? accordingTo(ctx, tokens, 0);
  const { text } = ctx.input;
  const slots: Slots[] = [];
  const starts = groups.map((_, gi) => clauseStart(tokens, groups, gi, 0));
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const nextFirst = groups[gi + 1]?.first ?? tokens.length;
    const clause = starts[gi]!;
    const regionStart = tokens[Math.min(clause.at, g.first)]!.start;
    const nextClause = starts[gi + 1];
    const regionEnd = nextClause ? tokens[Math.max(0, Math.min(nextClause.at, groups[gi + 1]!.first) - 1)]!.end : tokens[tokens.length - 1]!.end;
    // Level: a frame's clause is one deeper; ", and"/", but" climbs back to the top.
    const prevSlot = slots[gi - 1];
    let level = prevSlot ? prevSlot.level + (prevSlot.frame ? 1 : 0) : 0;
    if (g.topLevel) level = 0;
    let subject: Subject | null = null;
    let actors: Referent[] = [];
    if (g.coordinated && g.speech && slots.some((s) => s.frame)) level = [...slots].reverse().find((s) => s.frame)!.level; // "said … and added that …"
    if (g.coordinated) {
      const shared = [...slots].reverse().find((s) => s.level === level && !s.group.reduced) ?? prevSlot;
      subject = shared?.subject ?? null;
      actors = shared?.actors ?? [];
    } else if (!clause.relative && clause.at < g.first) {
      subject = subjectBefore(ctx.index, tokens[clause.at]!.start, tokens[g.first]!.start, ctx.skips);
      actors = subject?.referents ?? [];
    }
    const object = g.passive ? null : readObject(ctx, tokens, g, nextFirst);
    const frame = g.speech && gi + 1 < groups.length && !groups[gi + 1]!.coordinated;
    const frameSpeaker = frame ? (actors[0]?.name ?? (subject && !PRONOUNS.has(subject.phrase.toLowerCase()) ? subject.phrase : null)) : null;
    // Attribution: a quote's speaker, else the nearest frame above this clause, else "according to".
    const commaBetween = (a: number, b: number): boolean => tokens.slice(a, b).some((t) => t.text === ',');
    const frameAbove = [...slots].reverse().find((s) => s.frame && s.level < level && !(s.inRelative && commaBetween(s.group.head, g.first)));
    slots.push({
      group: g, subject, actors, object, objectEntities: [], regionStart, regionEnd, frame, level, relative: clause.relative, inRelative: clause.inRelative ?? false,
      attributedTo: source ?? frameAbove?.attributedTo ?? (frameAbove ? frameAbove.actors[0]?.name ?? frameAbove.subject?.phrase ?? null : null),
    });
    if (frame) slots[slots.length - 1]!.attributedTo = attributedTo ?? frameSpeaker;
    if (g.passive) {
      const agents = passiveAgents(ctx, tokens, g, nextFirst);
      const s = slots[slots.length - 1]!;
      const pronoun = subject !== null && PRONOUNS.has(subject.phrase.toLowerCase());
      s.object = subject && !pronoun ? { start: subject.start, end: subject.end, text: subject.phrase } : null;
      s.subject = null;
      s.objectEntities = actors.map((a) => a.name);
      s.actors = agents;
    } else if (object) {
      slots[slots.length - 1]!.objectEntities = entitiesIn(ctx.index, object.start, object.end).map((r) => r.name);
    }
  }
  const out: ClaimDraft[] = [];
  for (let si = 0; si < slots.length; si++) {
    const s = slots[si]!;
    const g = s.group;
    const inRegion = (x: Span): boolean => x.start >= s.regionStart && x.end <= s.regionEnd;
    const qs = quantities.filter(inRegion);
    const rs = rankings.filter(inRegion);
    if (s.frame || s.relative) continue;
    const head = tokens[g.head]!;
    if (ctx.cues.some((c) => head.start >= c.start && head.end <= c.end)) continue; // "…,” he continued": the quote ledger's
    if (g.lemma === 'be' && s.object && /^(there|here|so|too)$/i.test(s.object.text)) continue;
    if (!s.object && qs.length === 0 && rs.length === 0 && !timeOf(ctx, tokens, s) && !place(ctx, tokens, s, new Set())) continue;
    if (g.speech && !s.object) continue; // "“…,” Strand said": the quote ledger holds it
    if (g.reduced && s.actors.length === 0) continue;
    if (g.lemma === 'be' && !s.object) continue;
    const subjectWords = s.subject?.phrase ?? null;
    // A subject of more than 8 words is a clause the scan misread, not a name for the actor.
    const namedSubject = subjectWords !== null && !PRONOUNS.has(subjectWords.toLowerCase()) && subjectWords.split(/\s+/).length <= MAX_SUBJECT_WORDS;
    if (s.actors.length === 0 && qs.length === 0 && rs.length === 0 && !(namedSubject && s.object)) continue;
    const time = timeOf(ctx, tokens, s) ?? (g.coordinated ? (out[out.length - 1]?.time ?? null) : null);
    out.push({
      sentence,
      evidence,
      actors: s.actors.map((a) => a.name),
      predicate: g.lemma,
      negated: g.negated,
      object: s.object?.text ?? null,
      time,
      place: place(ctx, tokens, s, new Set(s.actors.map((a) => a.id))),
      quantities: qs,
      rankings: rs,
      attributedTo: s.attributedTo,
      subject: s.actors.length > 0 || !namedSubject ? null : subjectWords,
      objectEntities: s.objectEntities,
      tense: g.tense,
    });
  }
  return out;
}

/** Claims of every sentence, in text order, with ids "c1", "c2", … */
export function extractClaims(input: AnnotationInput, entities: readonly Entity[], times: readonly TimeExpression[], quotes: readonly Quote[]): Claim[] {
  const { text } = input;
  const index = indexMentions(input, entities);
  const ctx: Context = { input, index, times, skips: quotes.map((q) => markedSpan(text, q)), cues: quotes.flatMap((q) => (q.cue ? [q.cue] : [])) };
  const directs = quotes.filter((q) => q.kind === 'direct').map((q) => ({ quote: q, span: markedSpan(text, q) }));
  const out: ClaimDraft[] = [];
  input.sentences.forEach((sentence, si) => {
    const tokens = tokenize(sentence.text, sentence.start);
    if (tokens.length === 0) return;
    const quantities = quantitiesInTokens(tokens, sentence.text, sentence.start).filter((q) => !times.some((t) => t.type !== 'DURATION' && q.start < t.end && q.end > t.start));
    const rankings = rankingsInTokens(tokens, sentence.text, sentence.start);
    const inside = directs.filter((d) => d.span.start < sentence.end && d.span.end > sentence.start);
    const outside = tokens.filter((t) => !inside.some((d) => t.start >= d.span.start && t.end <= d.span.end));
    out.push(...claimsOfSegment(ctx, si, sentence.text, outside.filter((t) => !QUOTE_MARK.test(t.text)), null, quantities, rankings));
    for (const d of inside) {
      const words = tokens.filter((t) => t.start >= d.quote.start && t.end <= d.quote.end && !QUOTE_MARK.test(t.text));
      out.push(...claimsOfSegment(ctx, si, sentence.text, words, d.quote.speaker, quantities, rankings));
    }
  });
  return out
    .sort((a, b) => a.sentence - b.sentence)
    .map((c, k) => ({ id: `c${k + 1}`, ...c }));
}

