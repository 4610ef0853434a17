// Reads roles around a name: the apposition after it (", a spokeswoman for the harbour authority,"), the
// one before it ("The yard’s managing director, Sune Castell,") and a lower-case descriptor right before
// it ("state-run broadcaster Radio Kestrel", "grid operator Nordvel"). Each must end in a known role noun.
import { isPastForm } from '../../text/index.js';
import { entityLexicon } from './lexicon.js';
import { shownIndex, type Candidate } from './runs.js';
import type { Word } from './words.js';

/** Where an apposition's noun phrase stops being the role: "a 61-year-old harbour pilot| who is …". */
const CUT = /\s(?:who|whom|whose|which|that|where|when|and|but|to\s+(?!the\b)[a-z]+)\b/;
/** Words that open a clause, not an apposition: "Starmer, who …", "X, said …". */
const NOT_APPOSITION = /^(?:who|whom|whose|which|that|where|when|and|but|or|said|says|he|she|it|they|we|i|according|as|if|while|because|after|before|on|in|at|with|for|from|by|despite|although)\b/i;
const PREPOSITION = /^(?:of|for|at|in|on|with|from|to|within|under|over|since|near)$/;
const FINITE = /\b(?:is|was|are|were|has|have|had|will|would|said|says|told|did|does|can|could)\b/;

/** A role noun, singular or plural ("groups", "advocates" → "group", "advocate"). */
function isRoleHead(word: string): boolean {
  const heads = entityLexicon().roleHeads;
  return heads.has(word) || (word.endsWith('s') && heads.has(word.slice(0, -1)));
}

const lastWord = (phrase: string): string => (/([\p{L}\-]+)(?:['’]s)?$/u.exec(phrase)?.[1] ?? '').toLowerCase();

/**
 * The role of an apposition phrase, or null: its noun phrase must end in a role head, optionally followed
 * by a complement ("of the Port Elan Harbour Authority") or a participle ("owner based in Valeport").
 */
export function roleOfPhrase(phrase: string): string | null {
  const trimmed = phrase.trim();
  if (!trimmed || NOT_APPOSITION.test(trimmed) || trimmed.split(/\s+/).length > 16) return null;
  const cut = CUT.exec(trimmed);
  const role = (cut ? trimmed.slice(0, cut.index) : trimmed).trim();
  const tokens = role.split(/\s+/);
  // The head: the last word before the first preposition or participle.
  let h = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!.toLowerCase();
    if (PREPOSITION.test(t) || (isPastForm(t) && PREPOSITION.test(tokens[i + 1]?.toLowerCase() ?? ''))) {
      h = i;
      break;
    }
  }
  const headPhrase = tokens.slice(0, h).join(' ');
  if (FINITE.test(headPhrase.toLowerCase())) return null;
  // "one of the most influential lobbying groups in Valeport": the head is the plural after "one of".
  if (/^one$/i.test(tokens[0] ?? '') && /^of$/i.test(tokens[1] ?? '')) {
    const rest = roleOfPhrase(tokens.slice(2).join(' '));
    return rest === null ? null : role;
  }
  if (!isRoleHead(lastWord(headPhrase))) return null;
  // A participle after the head is description, not role: "owner based in Valeport" → "owner".
  const participle = h < tokens.length && !PREPOSITION.test(tokens[h]!.toLowerCase());
  return participle ? headPhrase : role;
}

/** ", the head of Velsand’s largest shipyard," after the name, up to the next comma or sentence end. */
function appositionAfter(text: string, c: Candidate, sentenceEnd: number): string | null {
  const from = c.possessive ? -1 : c.end;
  if (from < 0 || text[from] !== ',' || text[from + 1] !== ' ') return null;
  const rest = text.slice(from + 2, sentenceEnd);
  const stop = /[,;:!?“”"()—–]|\.(?:\s|$)/.exec(rest);
  const phrase = stop ? rest.slice(0, stop.index) : rest;
  return roleOfPhrase(phrase);
}

/** "The yard’s managing director, Sune Castell," / "Velsand’s second-ranked official, Premier Ilse Varga". */
function appositionBefore(words: readonly Word[], c: Candidate, text: string): string | null {
  const firstWord = words[c.lead];
  if (!firstWord || c.possessive || !/^,\s$/.test(firstWord.gap)) return null;
  const j = firstWord.index - 1;
  if (j < 0 || words[j]!.sentence !== c.sentence || !entityLexicon().roleHeads.has(words[j]!.text.toLowerCase())) return null;
  let k = j;
  // Back over modifiers to a determiner or possessive ("the town’s mayor", "her Velsand counterpart").
  while (k > 0 && j - k < 5 && words[k - 1]!.sentence === c.sentence && /^\s$/.test(words[k]!.gap)) {
    const prev = words[k - 1]!;
    if (/^(?:the|a|an|his|her|its|their|our)$/i.test(prev.text)) {
      k--;
      break;
    }
    if (/^(?:whose|of)$/i.test(prev.text)) break; // "whose 6-year-old son, Tom Hale," → "6-year-old son"
    if (!prev.possessive && (FINITE.test(prev.text) || PREPOSITION.test(prev.text) || /^(?:when|and|but|met|meeting)$/.test(prev.text))) break;
    k--;
    if (prev.possessive && !/^(?:the|a|an|his|her|its|their)$/i.test(words[k - 1]?.text ?? '')) break;
  }
  const phrase = text.slice(words[k]!.start, words[j]!.end);
  return roleOfPhrase(phrase);
}

/**
 * "state-owned news agency Xinhua", "grid operator Nordvel", "Harbour master Ilse Brandvik", "the
 * commentator Ann Hale", "former Harbour House chief of staff Tom Reyes" (a head + "of" + one noun).
 */
function descriptorBefore(words: readonly Word[], c: Candidate, text: string): string | null {
  const lex = entityLexicon();
  const firstWord = words[shownIndex(words, c)];
  if (!firstWord || firstWord.gap !== ' ') return null;
  const last = firstWord.index - 1;
  const head = words[last];
  if (!head || head.sentence !== c.sentence || head.cap || head.possessive) return null;
  let j = last;
  // "chief of staff", "director of communications": the role head stands before "of".
  if (!lex.descriptors.has(head.text) && !lex.roleHeads.has(head.text)) {
    const of = words[last - 1];
    const before = words[last - 2];
    if (of?.text !== 'of' || !before || before.cap || !lex.roleHeads.has(before.text) || before.sentence !== c.sentence) return null;
    if (/^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i.test(head.text)) return null; // "chair of the Port Elan Authority"
    j = last - 2;
  }
  // Modifiers before the head: two lower-case words, or up to four when capitalised ones name the body
  // ("former Harbour House chief of staff").
  let k = j;
  let lower = 0;
  while (k > 0 && j - k < 4 && words[k]!.gap === ' ' && words[k - 1]!.sentence === c.sentence) {
    const prev = words[k - 1]!;
    if (/^(?:the|a|an|his|her|its|their|of|and|with|by|to|in|on|at|for|from|said|told|met|including|like|as|whose|who|was|is)$/i.test(prev.text) || prev.possessive) break;
    if (!prev.cap && ++lower > 2) break;
    k--;
  }
  return text.slice(words[k]!.start, words[last]!.end);
}

/** Adds apposition and descriptor roles to each candidate; the descriptor's noun also types the name. */
export function readRoles(text: string, words: readonly Word[], candidates: Candidate[], sentenceEnds: readonly number[]): Map<Candidate, string[]> {
  const descriptors = new Map<Candidate, string[]>();
  for (const c of candidates) {
    const after = appositionAfter(text, c, sentenceEnds[c.sentence]!);
    if (after) c.roles.push(after);
    const before = appositionBefore(words, c, text);
    if (before) c.roles.unshift(before);
    const descriptor = descriptorBefore(words, c, text);
    if (descriptor) {
      c.roles.push(descriptor);
      descriptors.set(c, [descriptor]);
    }
  }
  return descriptors;
}
