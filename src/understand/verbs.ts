// Verb knowledge shared by the annotators (time needs tense, quotes need speech verbs, claims need
// lemmas). Word lists live in lexicon/verbs.json; this file only reads them.
import { loadLexicon } from '../config/lexicon.js';

interface VerbLexicon {
  irregular: Record<string, { past: string[]; participle: string[] }>;
  speech: string[];
  futureMarkers: string[];
  pastAuxiliaries: string[];
  presentAuxiliaries: string[];
}

const lexicon = loadLexicon<VerbLexicon>('verbs');
const IRREGULAR_FORMS = new Map<string, { lemma: string; past: boolean; participle: boolean }>();
for (const [lemma, forms] of Object.entries(lexicon.irregular)) {
  for (const p of forms.past) IRREGULAR_FORMS.set(p, { lemma, past: true, participle: forms.participle.includes(p) });
  for (const p of forms.participle) {
    const known = IRREGULAR_FORMS.get(p);
    IRREGULAR_FORMS.set(p, { lemma, past: known?.past ?? false, participle: true });
  }
}
const SPEECH = new Set(lexicon.speech);
export const FUTURE_MARKERS: readonly string[] = lexicon.futureMarkers;
export const PAST_AUXILIARIES: readonly string[] = lexicon.pastAuxiliaries;

/**
 * The lemma of a verb form, by the irregular table then regular suffix rules:
 * "met" → "meet", "signed" → "sign", "visited" → "visit", "agreed" → "agree", "carries" → "carry",
 * "stopped" → "stop". A word that is not a verb form comes back lower-cased.
 */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular) return irregular.lemma;
  if (lexicon.irregular[w]) return w;
  if (/ied$/.test(w) || /ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/([^aeiou])\1ed$/.test(w) && !/(ll|ss|ff|zz)ed$/.test(w)) return w.slice(0, -3); // stopped → stop
  if (/eed$/.test(w)) return w.slice(0, -1); // agreed → agree
  if (/(at|it|iz|is|ur|ac|uc|ag|iv|ov|um|ot|ud|od|ag|ng|rg|rc|nc|bl|pl|tl|dl|gl|kl|cl|fl)ed$/.test(w)) return w.slice(0, -1); // stated, raised, priced
  if (/ed$/.test(w)) return w.slice(0, -2);
  if (/(ss|sh|ch|x|zz|o)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  if (/ing$/.test(w) && w.length > 5) return w.slice(0, -3);
  return w;
}

/** True for a simple-past form: "met", "said", "signed", "agreed" (an -ed form or an irregular past). */
export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular) return irregular.past;
  return /[a-z]{2,}ed$/.test(w) && w !== 'need' && w !== 'speed' && w !== 'feed' && w !== 'seed';
}

/** True for verbs of saying, in any form: "said", "told", "added", "warned", "says". */
export function isSpeechVerb(word: string): boolean {
  return SPEECH.has(verbLemma(word)) || SPEECH.has(word.toLowerCase());
}
