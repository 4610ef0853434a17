// Verb knowledge shared by the annotators and the cross-check (time needs tense, quotes need speech
// verbs, claims and date inference need lemmas). Word lists live in lexicon/verbs.json; this file only
// reads them, the first time a verb is asked about.
import { verbsLexicon } from '../config/lexicons.js';
import { boundedMemo, once } from '../core/lazy.js';

/** The lexicon's tables: irregular forms by form, speech verbs, every base form known. */
const verbs = once(() => {
  const lexicon = verbsLexicon();
  const irregularForms = new Map<string, { lemma: string; past: boolean; participle: boolean }>();
  for (const [lemma, forms] of Object.entries(lexicon.irregular)) {
    for (const p of forms.past) irregularForms.set(p, { lemma, past: true, participle: forms.participle.includes(p) });
    for (const p of forms.participle) {
      const known = irregularForms.get(p);
      irregularForms.set(p, { lemma, past: known?.past ?? false, participle: true });
    }
  }
  return {
    irregularForms,
    speech: new Set(lexicon.speech),
    known: new Set<string>([...lexicon.bases, ...Object.keys(lexicon.irregular), ...lexicon.speech]),
    /** Irregular past participles ("taken", "held"), from the same table verbLemma reads. */
    irregularParticiples: new Set([...irregularForms].flatMap(([form, f]) => (f.participle ? [form] : []))),
    futureMarkers: lexicon.futureMarkers,
  };
});

/** Irregular past participles ("taken", "held"). */
export const irregularParticiples = (): ReadonlySet<string> => verbs().irregularParticiples;
/** Words that mark a future: "will", "shall", "'ll", "going to" … */
export const futureMarkers = (): readonly string[] => verbs().futureMarkers;

const AUXILIARIES: Record<string, string> = {
  is: 'be', are: 'be', am: 'be', was: 'be', were: 'be', been: 'be', being: 'be', "'s": 'be', '’s': 'be',
  has: 'have', have: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do',
};

/** Base-form candidates of a regular form, most likely first: "declared" → declar, declare; "planned" → plan. */
function candidates(w: string): string[] {
  if (/ied$/.test(w)) return [w.slice(0, -3) + 'y', w.slice(0, -1)];
  if (/ed$/.test(w)) return [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)];
  if (/ying$/.test(w)) return [w.slice(0, -4) + 'ie', w.slice(0, -3)];
  if (/ing$/.test(w)) return [w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4)];
  if (/ies$/.test(w)) return [w.slice(0, -3) + 'y', w.slice(0, -1)];
  if (/es$/.test(w)) return [w.slice(0, -1), w.slice(0, -2)];
  if (/s$/.test(w)) return [w.slice(0, -1)];
  return [];
}

// Stem endings after which a dropped "e" comes back ("disput" → dispute, "allocat" → allocate, "revis" →
// revise, "mov" → move, "pursu" → pursue): endings few English verb bases have without the "e" ("eat" — treat,
// seat — excepted; the lexicon's known bases are tried before these rules).
const SILENT_E = /(?:[^e]at|[^aeiou]ut|[iy][sz]|v|[^aeiou]c|ud|[^aeiou]id|ir|[^aeiou]ur|os|[^aeiou]ad|[rlnd]g|sum|[aeiou]us|[^aeiouq]u)$/;

/** Suffix rules for verbs no list knows: "stopped" → stop, "carries" → carry, "visits" → visit, "disputed" → dispute. */
function suffixLemma(w: string): string {
  if (/ied$/.test(w) || /ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/([^aeiou])\1ed$/.test(w) && !/(ll|ss|ff|zz|dd)ed$/.test(w)) return w.slice(0, -3);
  if (/eed$/.test(w)) return w.slice(0, -1);
  if (/ed$/.test(w)) return withE(w.slice(0, -2));
  if (/(ss|sh|ch|x|zz|o)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  if (/ing$/.test(w) && w.length > 5) return /nging$/.test(w) ? w.slice(0, -3) : withE(w.slice(0, -3));
  return w;
}

function withE(stem: string): string {
  return stem.length > 2 && SILENT_E.test(stem) ? `${stem}e` : stem;
}

function computeLemma(w: string): string {
  const auxiliary = AUXILIARIES[w];
  if (auxiliary) return auxiliary;
  const { known, irregularForms } = verbs();
  if (known.has(w)) return w;
  const irregular = irregularForms.get(w);
  if (irregular) return irregular.lemma;
  for (const c of candidates(w)) if (known.has(c)) return c;
  return suffixLemma(w);
}

// Lemmas are asked for every token of every article: memoised, and cleared past a size a news
// vocabulary rarely reaches, so memory stays bounded on a long run.
const lemmaOf = boundedMemo(computeLemma, 50_000);

/**
 * The lemma of a verb form: auxiliaries, then the irregular table, then a known base form among the
 * candidates a suffix allows, then suffix rules: "met" → meet, "added" → add, "declared" → declare,
 * "stopped" → stop, "carries" → carry, "is" → be. A word that is not a verb form comes back lower-cased.
 */
export function verbLemma(word: string): string {
  return lemmaOf(word.toLowerCase());
}

/** True when `word` is a form of a verb the lexicon knows ("visited", "meets", "signing", "told"). */
export function isKnownVerb(word: string): boolean {
  return verbs().known.has(verbLemma(word));
}

/** True for a simple-past form: "met", "said", "signed", "agreed" (an -ed form or an irregular past). */
export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  const irregular = verbs().irregularForms.get(w);
  if (irregular) return irregular.past;
  // Two letters before "ed", not {2,}: the same test, and linear on a 100,000-letter word (it was quadratic).
  return /[a-z]{2}ed$/.test(w) && w !== 'need' && w !== 'speed' && w !== 'feed' && w !== 'seed';
}

/** True for verbs of saying, in any form: "said", "told", "added", "warned", "says". */
export function isSpeechVerb(word: string): boolean {
  const { speech } = verbs();
  return speech.has(verbLemma(word)) || speech.has(word.toLowerCase());
}
