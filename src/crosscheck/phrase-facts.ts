// Facts read from a sentence's phrases rather than from its claims: each item of a list ("…, requires
// carriers to publish fares and makes Founders Day a port holiday": list-items.ts) and each set phrase of an
// idiom class ("the bill is dead on arrival": idioms.ts) and each news outlet's report ("the Harbour Gazette
// first reported Friday that …": outlet-reports.ts), each thing's age ("the 12-year-old dispute": ages.ts) and a
// person's kin ("Ilse Marrow, whose son …": kinship.ts), and each awaited decision ("a ruling expected by June":
// due-decisions.ts). The claim extractor reads one verb at a time and
// misses both; these facts align only with their like (claim-ledger.ts), and become a claim only when
// another outlet states the same.
import type { Claim, TimeExpression } from '../core/annotations.js';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { contentTerms, foldedWords } from '../text/index.js';
import { NO_WORDS, quotedShare } from './fact-sentences.js';
import type { EventFact } from './facts.js';
import { statedAges } from './ages.js';
import { dueDecisions } from './due-decisions.js';
import { idiomClassesOf } from './idioms.js';
import { statedKin } from './kinship.js';
import { listItems, MIN_ITEM_WORDS } from './list-items.js';
import { isOutletName, reportsBy } from './outlet-reports.js';
import { paraphraseWords } from './paraphrase.js';

/** The verb class of list-item facts: they align only with each other. */
export const LIST_ITEM = 'list-item';
/** The verb class of an outlet's report is this prefix and the outlet's entity key ("report:wall street journal"). */
export const REPORT = 'report:';
/** The verb class of a thing's stated age is this prefix and the year it began ("age:2001"). */
export const AGE = 'age:';
/** The verb class of a person's stated kin is this prefix, the relation and the person's key ("kin:parent:marrow"). */
export const KIN = 'kin:';
/** Words without which a sentence states no kin (kinship.ts reads only sentences that have one). */
const KIN_CUE = /\b(?:whose|father|mother|parent|dad|mom|mum|husband|wife|widow|widower)\b/i;
/** The verb class of an awaited decision ("the court’s decision, expected by June": due-decisions.ts). */
export const DUE = 'due-decision';
/** The verb class of idiom facts is this prefix and the idiom's class ("idiom:will not act on a measure"). */
export const IDIOM = 'idiom:';

const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;

interface SentenceNames {
  keyOf: Map<number, Set<string>>;
  nameOf: Map<string, string>;
  nameWords: Map<number, Set<string>>;
}

/** The list-item, idiom, age, kin, awaited-decision and outlet-report facts of an article's sentences; quoted sentences are their speakers'. */
export function phraseFacts(
  member: CrossCheckArticle,
  sourceOf: (sentenceIndex: number) => { source: string; copied: boolean },
  { keyOf: bySentence, nameOf, nameWords }: SentenceNames,
  year: number | null,
): EventFact[] {
  const out: EventFact[] = [];
  // The article's times by sentence, read once (an HTML page can have thousands of sentences and times).
  const timesBySentence = new Map<number, TimeExpression[]>();
  for (const t of member.article.annotations.times) timesBySentence.set(t.sentence, [...(timesBySentence.get(t.sentence) ?? []), t]);
  member.article.sentences.forEach((sentence, sentenceIndex) => {
    const items = listItems(sentence.text);
    const idioms = idiomClassesOf(sentence.text);
    const sentenceKeys = bySentence.get(sentenceIndex) ?? new Set<string>();
    const reporters = [...sentenceKeys].filter((k) => { const name = nameOf.get(k) ?? k; return isOutletName(name) && reportsBy(sentence.text, name); });
    const ages = statedAges(sentence.text, year);
    const sentenceTimes = (timesBySentence.get(sentenceIndex) ?? []).map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start, value: t.value }));
    const due = sentenceTimes.length > 0 ? dueDecisions(sentence.text, sentenceTimes) : [];
    const kin = KIN_CUE.test(sentence.text) ? [...sentenceKeys].flatMap((k) => statedKin(sentence.text, nameOf.get(k) ?? k).map((x) => ({ key: k, ...x }))) : [];
    if ((items.length === 0 && idioms.length === 0 && reporters.length === 0 && ages.length === 0 && kin.length === 0 && due.length === 0) || quotedShare(member, sentenceIndex) > 0.5) return;
    const { source, copied } = sourceOf(sentenceIndex);
    const terms = new Set(contentTerms(sentence.text));
    const fact = (predicateClass: string, object: string, names: Set<string>, words: string[], negated: boolean, value: string | null = null): EventFact => {
      const claim: Claim = {
        id: `${predicateClass}-${sentenceIndex}`, sentence: sentenceIndex, evidence: sentence.text, actors: [], predicate: predicateClass, negated, object,
        time: value === null ? null : { text: object, value }, place: null, quantities: [], rankings: [], attributedTo: null, subject: null, objectEntities: [],
      };
      return {
        member, source, copied, claim, sentenceIndex, terms, names, paraphrase: { names, words, core: words, when: null, verb: predicateClass }, nameOf,
        kind: 'event', predicateClass, objectClass: null, objectTerms: new Set(contentTerms(object)), objectNames: new Set(), participants: names,
        actors: new Set(), place: null, subjectTerms: new Set(), time: null, mood: 'done', light: false, occasion: null,
      };
    };
    // An item's words are its own, names included ("founders"): a name one outlet capitalizes and another
    // does not is still the same word. Its names are those whose last word it holds.
    for (const item of items) {
      const words = paraphraseWords(item.text, NO_WORDS, year);
      if (words.length < MIN_ITEM_WORDS) continue;
      const itemWords = new Set(foldedWords(item.text));
      const names = new Set([...sentenceKeys].filter((k) => itemWords.has(foldedWords(nameOf.get(k) ?? k).pop() ?? '')));
      out.push(fact(LIST_ITEM, item.text, names, words, NEGATION.test(item.text)));
    }
    // An idiom's fact is about the sentence's participants and its other words (what the phrase is said of).
    for (const idiom of idioms) {
      const own = new Set(foldedWords(idiom.phrase));
      const words = paraphraseWords(sentence.text, nameWords.get(sentenceIndex) ?? NO_WORDS, year).filter((w) => !own.has(w));
      out.push(fact(`${IDIOM}${idiom.name}`, idiom.phrase, new Set(sentenceKeys), words, false));
    }
    // A thing's age: its nouns are its words, the year it began its class.
    for (const age of ages) out.push(fact(`${AGE}${age.since}`, age.phrase, new Set(sentenceKeys), age.nouns, false));
    // A person's kin ("Ilse Marrow, whose son …"): one fact per person and relation.
    for (const k of kin) out.push(fact(`${KIN}${k.relation}:${k.key}`, k.phrase, new Set([k.key]), [], false));
    // An awaited decision: its time is its value, the sentence's other words what it decides.
    for (const d of due) {
      const words = paraphraseWords(sentence.text, nameWords.get(sentenceIndex) ?? NO_WORDS, year).filter((w) => w !== d.noun);
      out.push(fact(DUE, d.phrase, new Set(sentenceKeys), words, false, d.value));
    }
    // An outlet's report: about the sentence's participants, in the sentence's words (what was reported).
    for (const k of reporters) out.push(fact(`${REPORT}${k}`, nameOf.get(k) ?? k, new Set(sentenceKeys), paraphraseWords(sentence.text, nameWords.get(sentenceIndex) ?? NO_WORDS, year), false));
  });
  return out;
}
