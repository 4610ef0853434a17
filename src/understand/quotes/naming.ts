// A fragment that names something in the subject's words: "Hale called the Courier report an “outrageous
// smear”", "Hale referred to a reporter in the crowd as a “clown”". The fragment is the complement of a
// naming verb ("call", "dub" … or "refer to … as", "dismiss … as"), and the object between them may hold
// other verbs and names of its own ("a report which includes video of him saying he served …", "a report in
// the Courier"): read back from the fragment, the nearest speech verb is often inside that object, and the
// name it finds there (the newspaper) is not the speaker. So the naming verb, found first, governs.
import type { Span } from '../../core/types.js';
import { once } from '../../core/lazy.js';
import { verbLemma, type Token } from '../../text/index.js';
import { mentionsIn, quoteCues, subjectBefore, type MentionIndex, type Referent, type Subject } from './mentions.js';

const namingSets = once(() => ({ plain: new Set(quoteCues().namingVerbs), as: new Set(quoteCues().namingAsVerbs) }));

/** Tokens read back from the fragment for its naming verb: an object with a relative clause fits in 30. */
const MAX_OBJECT_TOKENS = 30;
/** "was described as a “…”", "is called the “…”": a passive names no speaker before the verb. */
const PASSIVE = /^(?:is|are|was|were|be|been|being|get|gets|got)$/;

/** The lemma of an inflected form of a verb in `set` ("called", "calls", "calling", "dubbed"), or null for a base form or another word. */
function inflectedIn(set: ReadonlySet<string>, word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (/ing$/.test(word)) {
    const stem = word.slice(0, -3);
    return set.has(stem) || set.has(`${stem}e`) || set.has(stem.replace(/(.)\1$/, '$1'));
  }
  const lemma = verbLemma(word);
  return lemma !== word && set.has(lemma);
}

/**
 * The speaker a subject phrase names: its entity, or "Hale’s campaign" — a named owner's campaign, office or
 * spokesman, which speaks as itself (no person is named).
 */
function speakerOfSubject(index: MentionIndex, subject: Subject): Referent | null {
  if (subject.referents[0]) return subject.referents[0];
  const owned = /^(?:the\s+)?(.+?)['’]s?\s+\p{Ll}+$/u.exec(subject.phrase);
  if (!owned) return null;
  const owners = mentionsIn(index, subject.start, subject.end).filter((m) => m.possessive && (m.entity.type === 'person' || m.entity.type === 'organization'));
  return owners.length === 1 ? { name: subject.phrase.replace(/^the\s+/, ''), id: null, type: null } : null;
}

/**
 * The naming verb a fragment complements, with its subject as the speaker; null when the fragment does not
 * follow "a/an", "as", "as a/an", when no naming verb with an object stands before it in its clause, or
 * when its subject names no one.
 */
export function namingCue(index: MentionIndex, regionStart: number, tokens: readonly Token[], quoted: readonly boolean[], skip: readonly Span[]): { speaker: Referent; cue: Span & { text: string } } | null {
  let k = tokens.length - 1;
  if (/^(?:a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  const withAs = tokens[k]?.lower === 'as';
  if (withAs) k--;
  else if (k === tokens.length - 1) return null;
  const verbs = withAs ? namingSets().as : namingSets().plain;
  // At least one token of object between the verb and the complement: "served as a “…”" names nothing.
  for (let j = k - 1; j >= 0 && k - j <= MAX_OBJECT_TOKENS; j--) {
    const t = tokens[j]!;
    if (quoted[j]) continue;
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (!inflectedIn(verbs, t.lower)) continue;
    // A passive names no speaker before the verb; ", calling the vote a “sham”" takes the main clause's
    // subject, which the governing-verb search finds past the participle.
    if (PASSIVE.test(tokens[j - 1]?.lower ?? '') || (/ing$/.test(t.lower) && tokens[j - 1]?.text === ',')) return null;
    const subject = subjectBefore(index, regionStart, t.start, skip);
    const speaker = subject ? speakerOfSubject(index, subject) : null;
    // "former U.S. attorney for the district Joseph Hale blasted …": a place read as the subject is a misreading.
    if (!subject || !speaker || speaker.type === 'place') return null;
    return { speaker, cue: { start: subject.start, end: t.end, text: index.text.slice(subject.start, t.end) } };
  }
  return null;
}
